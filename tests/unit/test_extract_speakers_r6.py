"""briefer import, issue 12, fourteenth stop (round 153, from the wrong speakers of stored
holdouts 114-120): how a name is read where it begins and ends, and a name written two
ways in one article. Sentences of our own, invented names."""

from __future__ import annotations

from extract_helpers import extracted, quote_at


def _speaker(text: str, start: str) -> str | None:
    return quote_at(extracted(text), start).speaker


def test_a_name_never_starts_inside_a_word() -> None:
    """'HIV/AIDS. She also said' is no person 'S. She': the capital after a letter is part
    of a word, not an initial. Before, 'she said' went to 'S. She'."""
    text = (
        "Clinics short of gloves\n\n"
        "Clinics in the north are short of gloves, Mira Tolan, the country's health minister "
        "told KTN on Tuesday. The shortage grew with malaria and HIV/AIDS. She also "
        "said half the clinics had no syringes.\n\n"
        "“Every mother has the right to free care in a public clinic,” she said.\n\n"
        "Tolan said the ministry would buy gloves in bulk.\n"
    )
    assert _speaker(text, "Every mother") == "Mira Tolan"


def test_a_title_right_after_a_name_and_a_comma_is_that_person() -> None:
    """'Mira Tolan, the country's health minister told …': the title is her appositive, not
    a second person who could be 'she'. Before, the sentence named two people and 'she'
    was no one."""
    text = (
        "Births\n\n"
        "Deaths in childbirth have not fallen in ten years, Mira Tolan, the country's minister "
        "of health told KTN on Monday. “It is a shame,” she said.\n\n"
        "Tolan said a new fund would pay for midwives.\n"
    )
    assert _speaker(text, "It is a shame") == "Mira Tolan"


def test_a_headline_ending_in_says_does_not_name_the_next_paragraphs_first_word() -> None:
    """'…, minister says' ends a headline; 'Maternal', the first word of the paragraph
    after the blank line, is no one-word speaker of 'says'. Before, it was, and the
    sentence then named two people."""
    text = (
        "Death rate still too high, minister says\n\n"
        "Maternal deaths rose again this year, Mira Tolan, the country's minister of health "
        "told KTN on Monday. “It is alarming,” she said.\n\n"
        "Tolan said a new fund would pay for midwives.\n"
    )
    assert _speaker(text, "It is alarming") == "Mira Tolan"


def test_a_joined_surname_is_known_by_its_last_part() -> None:
    """'Governor Okello' after 'Jonas Mbabazi-Okello': the same man, written in full."""
    text = (
        "Banks cut rates\n\n"
        "Banks will lower their rates after Jonas Mbabazi-Okello (pictured), the governor of "
        "the Bank of Kivu (BOK), threatened to cap them.\n\n"
        "According to Governor Okello, the lending rate rose though the policy rate fell.\n\n"
        "“Banks must pass the cut on to borrowers,” Okello said.\n"
    )
    assert _speaker(text, "Banks must") == "Jonas Mbabazi-Okello"


def test_a_surname_with_al_is_one_person_with_or_without_the_hyphen() -> None:
    """'Al Harbi said' after 'Sami Al-Harbi': one man; 'he' after it is Sami Al-Harbi,
    not a second person 'Al Harbi'."""
    text = (
        "Gulf lender grows\n\n"
        "“Our books are clean,” Sami Al-Harbi, chief executive of Dune Bank, told reporters.\n\n"
        "Al Harbi said loan defaulters were settling their debts.\n\n"
        "“We will keep lending to builders,” he said.\n"
    )
    assert _speaker(text, "We will keep") == "Sami Al-Harbi"
