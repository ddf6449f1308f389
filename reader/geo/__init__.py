"""Pure geography of the article's places: what GeoNames knows of them (`places`) and the
world map's lines (`world`), with the map's projection and braille raster (`canvas`).
No Textual import; the data files live beside it (geo/data/)."""
