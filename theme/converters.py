"""URL converters shared by every app's URLconf, and the range of an object id from a request."""

MAX_ID = 10**18 - 1  # fits a 64-bit database integer


class IdConverter:
    """An object id in a URL: at most 18 digits, so it always fits a 64-bit database integer.

    Django's `int` converter accepts any length; an id beyond the database's range then fails in the driver (a 500)
    instead of finding nothing. With this converter such a URL simply does not match (a 404).
    """

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
