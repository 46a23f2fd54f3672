"""Gzip decompression with a hard cap on output size, fed whole or chunk by chunk.

Used for ``.gz`` files, gzip bytes on stdin and ``Content-Encoding: gzip`` responses, so a small
compressed bomb can never grow past ``max_bytes`` in memory.
"""

from __future__ import annotations

import zlib

from sift.errors import InputError

__all__ = ["GZIP_MAGIC", "CappedInflater", "gunzip", "is_gzip"]

GZIP_MAGIC = b"\x1f\x8b"
#: zlib window bits: 16 + 15 reads a gzip wrapper; 32 + 15 detects a gzip or zlib wrapper (HTTP ``deflate``).
GZIP_WBITS = 31
AUTO_WBITS = 47


def is_gzip(data: bytes) -> bool:
    """Whether ``data`` starts with the gzip magic number."""
    return data.startswith(GZIP_MAGIC)


class CappedInflater:
    """Streaming gzip/zlib decompressor that raises as soon as output would exceed ``max_bytes``.

    Args:
        max_bytes: the largest decompressed size accepted.
        wbits: ``GZIP_WBITS`` for gzip, ``AUTO_WBITS`` for HTTP ``deflate``.
    """

    def __init__(self, max_bytes: int, wbits: int = GZIP_WBITS) -> None:
        self._max_bytes = max_bytes
        self._wbits = wbits
        self._inflater = zlib.decompressobj(wbits=wbits)
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, chunk: bytes) -> None:
        """Decompress one chunk; a chunk may end one gzip member and start the next."""
        data = chunk
        while data:
            try:
                out = self._inflater.decompress(data, self._max_bytes - self._size + 1)
            except zlib.error as error:
                raise InputError(f"corrupt compressed data ({error}); re-download or decompress it yourself") from None
            self._size += len(out)
            if self._size > self._max_bytes:
                raise InputError(
                    f"compressed input expands to more than {self._max_bytes:,} bytes; it may be a "
                    "decompression bomb, or raise max_bytes (--max-mb) if the page is really that large"
                )
            self._parts.append(out)
            data = self._inflater.unconsumed_tail
            if self._inflater.eof:
                data = self._next_member(self._inflater.unused_data)

    def _next_member(self, rest: bytes) -> bytes:
        """Start a new decompressor on a following gzip member; ignore NUL padding; refuse other trailers."""
        if not rest.strip(b"\x00"):
            return b""
        if not GZIP_MAGIC.startswith(rest[:2]):  # a chunk may end inside the next member's magic number
            raise InputError("unexpected data after the end of the compressed stream; the file is damaged")
        self._inflater = zlib.decompressobj(wbits=self._wbits)
        return rest

    def finish(self) -> bytes:
        """All decompressed bytes; raises when the stream stopped before its end."""
        if not self._inflater.eof:
            raise InputError("compressed data is truncated (the download or copy was cut short); get a complete copy")
        return b"".join(self._parts)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip ``data`` (all members) to at most ``max_bytes`` bytes.

    Raises:
        InputError: corrupt or truncated gzip data, or output larger than ``max_bytes``.
    """
    inflater = CappedInflater(max_bytes)
    inflater.feed(data)
    return inflater.finish()
