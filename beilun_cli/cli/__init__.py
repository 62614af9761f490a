"""The command line: the Typer app, the process boundary (exit codes, signals), options, the
commands, and the output layer, the only code that writes to stdout."""
