from beilun_cli.cli.process import main

main()
