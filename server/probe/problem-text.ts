/** The Odoo probe's refusals, English and Italian (rendered as problem+json by server/api.ts). */
import { defineMessages } from "../../src/core/i18n.ts";

export const PROBE_PROBLEMS = defineMessages(
  "probe-problems",
  {
    "bad-url.title": "Odoo URL not usable",
    "bad-url.detail":
      "Give Odoo's address as http:// or https:// with a host name, without a user name, password or query (e.g. https://erp.example.com).",
    "refused.title": "Address not allowed",
    "refused.detail":
      "{host} resolves to {address} ({kind}). The probe only contacts public addresses, so it cannot be turned against a network it does not belong to. A companion installed inside your company network can allow private addresses with ODOO_PROBE_PRIVATE=1.",
    "dns.title": "Host name not found",
    "dns.detail": "{host} could not be resolved. Check the spelling of Odoo's address.",
    "rate-limited.title": "Too many probes",
    "rate-limited.detail":
      "At most {max} probes per {minutes} minutes from one address. Try again in {seconds} seconds.",
    "kind.loopback": "this computer",
    "kind.private": "a private network",
    "kind.link-local": "a link-local address",
    "kind.cgnat": "a carrier-grade NAT address",
    "kind.metadata": "a cloud metadata service",
    "kind.unspecified": "an unspecified address",
    "kind.multicast": "a multicast or broadcast address",
    "kind.reserved": "a reserved range",
    "kind.embedded-ipv4": "an IPv6 address that embeds an IPv4 address",
    "kind.invalid": "not an address",
  },
  {
    "bad-url.title": "URL di Odoo non utilizzabile",
    "bad-url.detail":
      "Indica l'indirizzo di Odoo con http:// o https:// e un nome host, senza nome utente, password o query (ad es. https://erp.example.com).",
    "refused.title": "Indirizzo non consentito",
    "refused.detail":
      "{host} corrisponde a {address} ({kind}). La verifica contatta solo indirizzi pubblici, così non può essere usata contro una rete a cui non appartiene. Un companion installato nella rete aziendale può consentire gli indirizzi privati con ODOO_PROBE_PRIVATE=1.",
    "dns.title": "Nome host non trovato",
    "dns.detail": "Non è stato possibile risolvere {host}. Controlla come è scritto l'indirizzo di Odoo.",
    "rate-limited.title": "Troppe verifiche",
    "rate-limited.detail":
      "Al massimo {max} verifiche ogni {minutes} minuti dallo stesso indirizzo. Riprova tra {seconds} secondi.",
    "kind.loopback": "questo computer",
    "kind.private": "una rete privata",
    "kind.link-local": "un indirizzo link-local",
    "kind.cgnat": "un indirizzo NAT dell'operatore (CGNAT)",
    "kind.metadata": "un servizio di metadati cloud",
    "kind.unspecified": "un indirizzo non specificato",
    "kind.multicast": "un indirizzo multicast o broadcast",
    "kind.reserved": "un intervallo riservato",
    "kind.embedded-ipv4": "un indirizzo IPv6 che contiene un indirizzo IPv4",
    "kind.invalid": "non è un indirizzo",
  },
);
