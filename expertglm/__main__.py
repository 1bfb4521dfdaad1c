from expertglm.cli import app

app()
