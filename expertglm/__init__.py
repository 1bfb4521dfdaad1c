"""Expert-ChatGLM composition root: configuration and the `expertglm` command line."""
