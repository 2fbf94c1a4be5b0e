// Plain JavaScript: the city-index worker (a bare Node worker thread, outside the bundle) imports it too.

/**
 * The lookup key of a place name, the same for GeoNames and for an entity's names: accents, case, apostrophes
 * and punctuation do not count ("Genève" = "geneve", "Washington, D.C." = "washington dc"), and "St"/"Ste"
 * mean Saint/Sainte ("St. Petersburg" = "Saint Petersburg").
 */
export function placeKey(name) {
  return String(name)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2019'.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^st\b/, 'saint')
    .replace(/^ste\b/, 'sainte');
}
