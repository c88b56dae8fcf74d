"""The demo's long texts as pure data (no logic): the leergang, the practice cases, the intervisie methods and the
leeragenda. All written for this product in Dutch (B1, je-form); the loaders one level up put them in place."""
