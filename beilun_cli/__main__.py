from beilun_cli.process import main

main()
