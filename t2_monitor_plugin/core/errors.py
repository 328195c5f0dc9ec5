"""Errors raised by the core library.

Messages are English templates marked with :func:`tr_noop` so that the i18n extractor collects them; the plugin
translates the template and then fills in the values, so every message reaches the user in their language.
"""

TR_CONTEXT = "T2Monitor"


def tr_noop(text: str) -> str:
    """Mark a message template for translation without translating it here (core has no Qt)."""
    return text


class T2Error(Exception):
    """A problem with the user's input or environment, with a translatable message template."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values
        super().__init__(template.format(**values))

    def translated(self, translate) -> str:
        """The message in the user's language; ``translate`` maps an English template to its translation."""
        return translate(self.template).format(**self.values)


class InputError(T2Error):
    """An input layer or parameter cannot be used as given."""


class GridMismatchError(InputError):
    """Rasters are on different grids and no alignment was asked for."""


class OutputError(T2Error):
    """An output cannot be written where the user asked."""


class Cancelled(Exception):  # noqa: N818 - it is a signal, not an error
    """The user cancelled the run; nothing was written."""
