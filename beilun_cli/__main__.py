from beilun_cli.launch import main

main()
