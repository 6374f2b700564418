"""Exact and near-duplicate articles.

Exact copies share the hash of their normalised cleaned text. Near copies are found with MinHash
over word shingles and locality-sensitive hashing: the signature is cut into bands and each band
is hashed to one 64-bit key, stored in the ``minhash_bands`` table. Two articles whose
signatures agree on a whole band share a key, so finding the candidates for a new article is one
indexed query, whatever the size of the store; the candidates' Jaccard similarity is then
estimated from their signatures.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
SEED = 1  # fixed, so that signatures stored by an earlier run stay comparable


@dataclass(frozen=True)
class NearDuplicateIndex:
    """MinHash and banding parameters; the same for every article of a store."""

    threshold: float = 0.8
    num_perm: int = 128
    shingle_words: int = 5

    @property
    def bands(self) -> list[tuple[int, int]]:
        return _bands(self.threshold, self.num_perm)

    def signature(self, text: str) -> np.ndarray:
        """The MinHash signature (``num_perm`` uint32 values) of a text's word shingles."""
        words = WORD.findall(text.lower())
        k = self.shingle_words
        shingles = {" ".join(words[i:i + k]).encode() for i in range(max(len(words) - k + 1, 1))}
        m = MinHash(num_perm=self.num_perm, seed=SEED)
        m.update_batch(list(shingles))
        return m.hashvalues.astype(np.uint32)

    def band_keys(self, signature: np.ndarray) -> list[int]:
        """One signed 64-bit key per band (it fits a BIGINT column on every backend)."""
        keys = []
        for number, (start, end) in enumerate(self.bands):
            digest = hashlib.blake2b(number.to_bytes(2, "big") + signature[start:end].tobytes(), digest_size=8)
            keys.append(int.from_bytes(digest.digest(), "big", signed=True))
        return keys


@lru_cache(maxsize=8)
def _bands(threshold: float, num_perm: int) -> list[tuple[int, int]]:
    # datasketch picks the number of bands and rows that minimise false positives and negatives
    # at this threshold; we use its choice and keep the bands in the store instead of in memory.
    return list(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


def to_bytes(signature: np.ndarray) -> bytes:
    return signature.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")
