"""The extraction side: corpus -> parse -> actors -> dates -> events, run as a map/reduce by
`pipeline`. Each module imports only from the stages before it."""
