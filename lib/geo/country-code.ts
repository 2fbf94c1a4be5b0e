import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';

countries.registerLocale(en);
countries.registerLocale(fr);

/** The ISO 3166-1 alpha-2 code of a country named in English or French ("Russie" → RU), or undefined. */
export function countryCodeOf(name: string): string | undefined {
  return countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name, 'fr');
}
