"""briefer: build analytic briefs from source notes, in the terminal."""

__version__ = "0.1.0"
