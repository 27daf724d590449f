/**
 * The guide's sidebar, in the order of the work: the home page, the journey (before you start →
 * Google Cloud → Odoo → live test → done), then what to read when something breaks, then the API.
 * Page labels come from each page's title in its own language; group labels are translated here
 * (every group needs an Italian label: test/unit/i18n.test.ts checks it).
 */
export const sidebar = [
  { slug: "index" },
  {
    label: "Set up Gmail in Odoo",
    translations: { it: "Configura Gmail in Odoo" },
    items: [
      { slug: "before-you-start" },
      { slug: "google-setup" },
      { slug: "odoo-setup" },
      { slug: "live-test" },
      { slug: "done" },
    ],
  },
  {
    label: "When something breaks",
    translations: { it: "Quando qualcosa non va" },
    items: [{ slug: "troubleshooting" }, { slug: "diagnose" }],
  },
  {
    label: "Reference",
    translations: { it: "Riferimento" },
    items: [{ slug: "api" }],
  },
];
