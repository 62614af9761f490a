"""The ground floor: what a fact, an entity and a source are (model, records), where a base lives
(paths), and the errors every layer raises. Imports nothing else of beilun_cli."""
