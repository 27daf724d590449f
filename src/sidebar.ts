/**
 * The guide's sidebar. Page labels come from each page's title in its own language; group labels
 * are translated here (every group needs an Italian label: test/unit/i18n.test.ts checks it).
 */
export const sidebar = [
  {
    label: "Guide",
    translations: { it: "Guida" },
    items: [
      { slug: "index" },
      { slug: "google-setup" },
      { slug: "odoo-setup" },
      { slug: "troubleshooting" },
      { slug: "diagnose" },
      { slug: "live-test" },
    ],
  },
  {
    label: "Reference",
    translations: { it: "Riferimento" },
    items: [{ slug: "api" }],
  },
];
