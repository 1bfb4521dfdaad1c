"""Expert retrieval: dense (FAISS), lexical (BM25) and graph signals fused into grounded expert matches."""
