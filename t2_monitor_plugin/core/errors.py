"""Errors raised by the core library.

Messages are English templates marked with :func:`tr_noop` so that the i18n extractor collects them; the plugin
translates the template and then fills in the values, so every message reaches the user in their language.
"""

TR_CONTEXT = "T2Monitor"


def tr_noop(text: str) -> str:
    """Mark a message template for translation without translating it here (core has no Qt)."""
    return text


class Message:
    """A translatable message built in core: a :func:`tr_noop` template and its named values.

    ``str(message)`` is the English text; :meth:`translated` fills the translated template. Values may themselves be
    :class:`Message` or :class:`Joined` (translated too), so a message can name a place (``"{source}, row {row}"``)
    or list other messages.
    """

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values

    def translated(self, translate=None) -> str:
        translate = translate or (lambda text: text)
        return translate(self.template).format(**{k: text_of(v, translate) for k, v in self.values.items()})

    def __str__(self) -> str:
        return self.translated()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {self.values!r})"

    def __eq__(self, other) -> bool:
        if isinstance(other, str):
            return str(self) == other
        return isinstance(other, Message) and (self.template, self.values) == (other.template, other.values)

    __hash__ = None


class Joined:
    """Messages (or plain values) shown one after the other, e.g. every problem of a feature separated by '; '."""

    def __init__(self, items, separator: str = "; "):
        self.items = list(items)
        self.separator = separator

    def translated(self, translate=None) -> str:
        return self.separator.join(str(text_of(i, translate)) for i in self.items)

    def __str__(self) -> str:
        return self.translated()


def text_of(value, translate=None):
    """A value ready for a template: messages translated (English without ``translate``), others unchanged."""
    return value.translated(translate) if isinstance(value, (Message, Joined)) else value


class T2Error(Exception):
    """A problem with the user's input or environment, with a translatable message template."""

    def __init__(self, template: str, **values):
        self.template = template
        self.values = values
        super().__init__(Message(template, **values).translated())

    def translated(self, translate) -> str:
        """The message in the user's language; ``translate`` maps an English template to its translation."""
        return Message(self.template, **self.values).translated(translate)


class InputError(T2Error):
    """An input layer or parameter cannot be used as given."""


class GridMismatchError(InputError):
    """Rasters are on different grids and no alignment was asked for."""


class OutputError(T2Error):
    """An output cannot be written where the user asked."""


class Cancelled(Exception):  # noqa: N818 - it is a signal, not an error
    """The user cancelled the run; nothing was written."""


MAX_LISTED = 20
"""Most values an error message lists (bad codes, pixels, cells); the rest are counted ("... and 980 more")."""


def capped(values, limit: int = MAX_LISTED, separator: str = ", ", fmt=str):
    """At most ``limit`` of ``values`` (formatted with ``fmt``) for a message, then "and N more" (translatable).

    Messages that name bad values found in rasters or tables use this so that a raster full of unexpected codes
    gives a short message rather than one listing every value.
    """
    values = list(values)
    shown = Joined([fmt(v) for v in values[:limit]], separator)
    if len(values) <= limit:
        return shown
    return Message(tr_noop("{listed} and {count} more"), listed=shown, count=len(values) - limit)
