"""Political actors in news: load, clean, extract actors, interactions and meetings."""
