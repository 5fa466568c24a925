/** The licence of the dataset (data/README.md says what it covers): named on About, the report page, in every CSV row and JSON file. */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const
