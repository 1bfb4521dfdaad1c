#!/usr/bin/env bash
# The paper's fine-tuning run on a GPU: Expert-ChatGLM LoRA-tuned ChatGLM-6B on ~50k dialogues that GPT-3.5 wrote
# from an expert database, with lr 2e-5, 1 epoch, max source 512 and max target 100 tokens.
#
#   scripts/train_gpu.sh                        # GLM-4-9B-chat (native in transformers 5), the project's venv
#   MODEL=chatglm6b scripts/train_gpu.sh        # the paper's THUDM/chatglm-6b, in its own pinned venv
#   MODEL=zai-org/GLM-4-9B-0414 scripts/train_gpu.sh   # any other causal LM (id or local path)
#
# Environment (all optional):
#   DATA=data/dialogues   dialogues from `expertglm synth` (made here if missing: with an OpenAI-compatible
#                         model when OPENAI_API_KEY or OPENAI_BASE_URL is set, as in the paper, else the
#                         offline template backend)
#   SYNTH_MODEL=gpt-3.5-turbo  EXPERTS=17000  PER_EXPERT=3  (17000 x 3 ~ the paper's 50k dialogues)
#   OUT=runs/lora-<model>  BATCH=4  ACCUM=4  STYLE=rag|plain  QLORA=1 (4-bit base, bitsandbytes)
#   EVAL=1                evaluate base / tuned / RAG on the held-out experts afterwards
#   The graph and its index come from the usual settings (EXPERTGLM_HOME, NEO4J_*); build them first:
#   `expertglm ingest ...` and `expertglm index build` (or `expertglm quickstart` for the demo graph).
#
# The weights must be reachable: a local path, or a hub id with network access / a filled HF cache.
set -euo pipefail
cd "$(dirname "$0")/.."

MODEL=${MODEL:-glm4}
DATA=${DATA:-data/dialogues}
BATCH=${BATCH:-4}
ACCUM=${ACCUM:-4}
STYLE=${STYLE:-rag}
PY=${PY:-.venv/bin/python}
EXTRA=()

case "$MODEL" in
  glm4)
    # GLM-4-9B-chat in transformers' own format (GlmForCausalLM): no remote code; LoRA on q_proj/v_proj.
    BASE=${BASE:-THUDM/glm-4-9b-chat-hf}
    ;;
  chatglm6b)
    # The paper's model. Its remote code needs transformers 4.28-4.33 (tokenizer breaks from 4.34, generation
    # from 4.42; unusable on 5.x), so it trains in a separate venv; LoRA targets its fused `query_key_value`.
    # training/finetune.py keeps to APIs that 4.33 has (TrainingArguments options are filtered by signature,
    # torch_dtype/dtype chosen by version). Serve the tuned model in that venv, or merge (--merge) and serve it
    # behind an OpenAI-compatible server for the `openai` backend.
    BASE=${BASE:-THUDM/chatglm-6b}
    VENV=${VENV:-.venv-chatglm6b}
    if [ ! -x "$VENV/bin/python" ]; then
      python3 -m venv "$VENV"
      "$VENV/bin/pip" install -q "torch==2.13.0" "transformers==4.33.3" "peft==0.6.2" "accelerate==0.27.2" \
        sentencepiece cpm_kernels "pydantic>=2.6" tqdm
      "$VENV/bin/pip" install -q --no-deps -e .
    fi
    PY="$VENV/bin/python"
    EXTRA+=(--trust-remote-code)
    ;;
  *)
    BASE=$MODEL
    ;;
esac
OUT=${OUT:-runs/lora-$(basename "$BASE")}

# 1. Dialogues (resumable: an interrupted synthesis reruns from its cache without repeating paid calls).
if [ ! -s "$DATA/train.jsonl" ]; then
  if [ -n "${OPENAI_API_KEY:-}${OPENAI_BASE_URL:-}" ]; then
    .venv/bin/expertglm synth --out "$DATA" --backend openai --model "${SYNTH_MODEL:-gpt-3.5-turbo}" \
      --experts "${EXPERTS:-17000}" --per-expert "${PER_EXPERT:-3}" --concurrency 16 \
      --price-prompt 0.0005 --price-completion 0.0015
  else
    .venv/bin/expertglm synth --out "$DATA" --backend template --per-expert "${PER_EXPERT:-3}"
  fi
fi

# 2. LoRA, the paper's setting: lr 2e-5, 1 epoch, 512 source / 100 target tokens (r=8, alpha=32, dropout=0.1).
#    bf16 on GPUs that have it (fp16 otherwise) is chosen by training/finetune.py; gradient checkpointing keeps a
#    9B model's activations within one 80 GB GPU at batch 4 x 612 tokens. QLORA=1 loads the base in 4 bits.
if [ "${QLORA:-0}" = 1 ]; then EXTRA+=(--load-in-4bit); fi
"$PY" -m training.finetune --base "$BASE" --data "$DATA" --out "$OUT" \
  --lr 2e-5 --epochs 1 --max-source 512 --max-target 100 \
  --r 8 --alpha 32 --dropout 0.1 --batch-size "$BATCH" --grad-accum "$ACCUM" --style "$STYLE" \
  --gradient-checkpointing --save-steps 500 "${EXTRA[@]}"

# 3. The paper's claim, measured on experts never seen in training: base vs tuned vs the RAG-grounded pipeline.
if [ "${EVAL:-1}" = 1 ] && [ "$MODEL" != chatglm6b ]; then
  .venv/bin/expertglm eval training --data "$DATA" --adapter "$OUT" --base "$BASE" --device cuda --json > "$OUT/eval.json"
fi
echo "adapter: $OUT  (EXPERTGLM_BACKEND=hf EXPERTGLM_HF_MODEL=$BASE EXPERTGLM_HF_ADAPTER=$OUT)"
