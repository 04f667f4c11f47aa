"""The content model: typed models, the folder loader and cross-file checks."""
