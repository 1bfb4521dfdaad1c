"""Training layer: synthesise expert/enterprise dialogues from the graph, LoRA-tune a chat model on them, evaluate."""
