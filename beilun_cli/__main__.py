from beilun_cli.cli import main

main()
