/**
 * Testi italiani del catalogo dei finding: titolo, breve spiegazione e passaggi ordinati per ogni id.
 * Termini, percorsi dei menu ed etichette di Odoo seguono la pagina di risoluzione dei problemi della guida.
 */
import type { FindingTextTable } from "./types.ts";

export const findingTextIt = {
  "redirect-uri-mismatch": {
    title: "Google ha rifiutato l'URI di reindirizzamento (redirect_uri_mismatch)",
    explanation:
      "Google confronta carattere per carattere l'URI di reindirizzamento inviato da Odoo con gli URI di reindirizzamento autorizzati del client (schema, host, porta, percorso, maiuscole, barra finale), e nessuno coincide. Odoo non usa l'indirizzo della barra del browser: costruisce l'URI dal parametro di sistema `web.base.url` seguito da `/google_gmail/confirm`.",
    fix: [
      "Sulla pagina di errore di Google apri i dettagli della richiesta e copia il valore dopo `redirect_uri=`: è l'URI che Odoo ha davvero inviato.",
      "Nella console Google Cloud apri Google Auth Platform → Clients (prima: API e servizi → Credenziali) e il client di tipo Applicazione web il cui ID è nelle impostazioni di Odoo.",
      "Confronta il valore inviato con gli URI di reindirizzamento autorizzati, parte per parte: schema, host, porta e percorso.",
      "Se l'URI inviato è l'indirizzo pubblico che digitano gli utenti, aggiungilo tale e quale tra gli URI di reindirizzamento autorizzati e salva; Google può metterci qualche minuto ad applicarlo.",
      "Se invece è sbagliato (`http://`, `localhost`, un host interno, un altro percorso), correggi `web.base.url` in Odoo invece di registrarlo.",
      "Fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "redirect-uri-insecure-http": {
    title: "Odoo invia un URI di reindirizzamento in http:// (reverse proxy)",
    explanation:
      "L'URI di reindirizzamento inizia con `http://` su un host pubblico, anche se gli utenti aprono Odoo in HTTPS. Il reverse proxy riceve HTTPS e inoltra a Odoo in HTTP; senza `proxy_mode` Odoo ignora le intestazioni `X-Forwarded-Host` e `X-Forwarded-Proto` del proxy, e a ogni accesso di un amministratore scrive in `web.base.url` l'indirizzo interno in `http://`. Google non accetta mai `http://` per un host pubblico.",
    fix: [
      "Sul server di Odoo imposta `proxy_mode = True` nella sezione `[options]` del file di configurazione (oppure avvia Odoo con `--proxy-mode`) e riavvia Odoo.",
      "Fai inoltrare dal reverse proxy host e schema originali, con nginx tramite `proxy_set_header X-Forwarded-Host $host;` e `proxy_set_header X-Forwarded-Proto $scheme;`, poi ricaricalo.",
      "Esci e accedi di nuovo come amministratore dall'indirizzo pubblico in `https://`, così Odoo riscrive `web.base.url` a partire da quella richiesta.",
      "In modalità sviluppatore apri Impostazioni → Tecnico → Parametri → Parametri di sistema, verifica che `web.base.url` sia l'indirizzo pubblico in `https://` e crea `web.base.url.freeze` con valore `True` per mantenerlo.",
      "Verifica che l'URI corrispondente in `https://`, che termina con `/google_gmail/confirm`, sia tra gli URI di reindirizzamento autorizzati, elimina i residui in `http://` e fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "redirect-uri-wrong-path": {
    title: "Il percorso dell'URI di reindirizzamento non è esattamente /google_gmail/confirm",
    explanation:
      "Schema e host coincidono, il percorso no: una barra finale o doppia, un errore di battitura come `/google-gmail/confirm`, maiuscole diverse, un prefisso in più o un'altra route. Google confronta l'intero URI alla lettera, e il percorso di Odoo è sempre `/google_gmail/confirm`. Con un percorso di base in `web.base.url` (per esempio `https://example.com/erp`) la 16.0–18.0 lo scarta e invia `https://example.com/google_gmail/confirm`, mentre la 19.0 lo mantiene.",
    fix: [
      "Copia il valore esatto dopo `redirect_uri=` dai dettagli della richiesta sulla pagina di errore di Google.",
      "In Google Auth Platform → Clients (prima: API e servizi → Credenziali) rendi identico a quel valore l'URI di reindirizzamento autorizzato ed elimina le voci sbagliate.",
      "Con la 16.0–18.0 e un percorso di base, fai inoltrare dal reverse proxy a Odoo anche `/google_gmail/` alla radice dell'host.",
      "Se passi dalla 18.0 alla 19.0 con un percorso di base, registra anche il nuovo URI che contiene il percorso.",
      "Salva, attendi qualche minuto e fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "redirect-uri-placeholder": {
    title: "Nell'URI di reindirizzamento è rimasto il segnaposto della documentazione",
    explanation:
      "Gli URI di reindirizzamento autorizzati del client contengono `yourdbname` (documentazione inglese di Odoo) o `nomedb` (quella italiana) al posto del tuo vero nome host. Google lo accetta perché è un indirizzo valido, ma non coincide mai con l'URI che Odoo invia.",
    fix: [
      "Trova il tuo indirizzo reale: su Odoo Online il tuo sottodominio (per esempio `https://mycompany.odoo.com`), altrimenti il valore di `web.base.url`.",
      "In Google Auth Platform → Clients (prima: API e servizi → Credenziali) apri il client e sostituisci la voce con il segnaposto con l'URI reale, per esempio `https://mycompany.odoo.com/google_gmail/confirm`.",
      "Salva, attendi qualche minuto e fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "redirect-uri-invalid": {
    title: "Google rifiuta di registrare questo URI di reindirizzamento (viola le sue regole)",
    explanation:
      "Gli URI di reindirizzamento dei client Applicazione web devono usare `https://` e un dominio con suffisso pubblico, senza indirizzi IP, nome utente o password, frammento, caratteri jolly o `/..` nel percorso; fa eccezione solo `localhost`. La console non salva un URI del genere, quindi Odoo non può usarlo.",
    fix: [
      "Dai a Odoo un nome in un dominio pubblico, per esempio `erp.example.com`; non serve che sia raggiungibile da internet, perché il reindirizzamento lo fa il browser, non Google.",
      "Pubblica Odoo in HTTPS su quel nome con un certificato valido per i tuoi browser, e configura il reverse proxy e `proxy_mode = True` in modo che Odoo veda l'indirizzo in `https://`.",
      "In Impostazioni → Tecnico → Parametri → Parametri di sistema (modalità sviluppatore) imposta `web.base.url` su quell'indirizzo, per esempio `https://erp.example.com`.",
      "Registra `https://erp.example.com/google_gmail/confirm` con il tuo nome; se la console lo chiede, aggiungi il tuo dominio ai domini autorizzati nella pagina Branding (prima: Schermata consenso OAuth).",
      "Fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "web-base-url-mismatch": {
    title: "Il web.base.url di Odoo non è l'indirizzo pubblico registrato in Google",
    explanation:
      "Odoo invia quello che contiene il parametro di sistema `web.base.url`, e qui è `localhost`, un host o IP interno, un nome di staging o un altro dominio invece dell'indirizzo pubblico registrato in Google. Il valore predefinito è `http://localhost:8069`, ogni accesso di un amministratore lo sovrascrive con l'indirizzo usato (a meno che esista `web.base.url.freeze`), e un database ripristinato si porta dietro il valore dell'origine.",
    fix: [
      "Scegli l'indirizzo pubblico che digitano gli utenti, per esempio `https://erp.example.com`.",
      "Attiva la modalità sviluppatore, apri Impostazioni → Tecnico → Parametri → Parametri di sistema e imposta `web.base.url` su quell'indirizzo, senza barra finale.",
      "Crea il parametro `web.base.url.freeze` con valore `True`, così gli accessi da amministratore da altri indirizzi non lo sovrascrivono più.",
      "Verifica che l'URI corrispondente, che termina con `/google_gmail/confirm`, sia tra gli URI di reindirizzamento autorizzati (la 16.0–18.0 scarta un eventuale percorso in `web.base.url`, la 19.0 lo mantiene).",
      "Fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "client-type-desktop": {
    title: "Il client OAuth è di tipo App desktop, non Applicazione web",
    explanation:
      "I client desktop (nel JSON scaricato la chiave principale è `installed` invece di `web`) accettano solo indirizzi di loopback come `http://127.0.0.1`, quindi l'indirizzo pubblico in `https://` di Odoo non si può registrare e Google di solito risponde `redirect_uri_mismatch`. Il tipo del client non si cambia dopo la creazione.",
    fix: [
      "In Google Auth Platform → Clients (prima: API e servizi → Credenziali) crea un client con Tipo di applicazione Applicazione web.",
      "Aggiungi il tuo URI tra gli URI di reindirizzamento autorizzati, per esempio `https://erp.example.com/google_gmail/confirm`.",
      "Crea il client e salva l'ID client e il secret; la console mostra il secret per intero una sola volta.",
      "Incollali nei campi ID e Secret delle impostazioni Gmail di Odoo e fai clic su Salva.",
      "Apri il server in uscita e fai clic su Connetti account Gmail.",
      "Elimina il client desktop.",
    ],
  },
  "oob-flow-blocked": {
    title: "Una build vecchia di Odoo usa il flusso out-of-band bloccato (urn:ietf:wg:oauth:2.0:oob)",
    explanation:
      "Fino a maggio 2022 l'integrazione Gmail di Odoo (build 14.0 e 15.0) faceva mostrare a Google un codice da incollare in Odoo; Google ora blocca questo flusso out-of-band con `Error 400: invalid_request`. Tutte le versioni dalla 16.0 alla 19.0 usano il reindirizzamento su `/google_gmail/confirm`, quindi questo codice è precedente al cambio o viene da un modulo Gmail di terze parti.",
    fix: [
      "Controlla la versione e la build di Odoo.",
      "Aggiorna a una build recente della tua versione o, meglio, passa alla 16.0 o successiva.",
      "Aggiorna il modulo Google Gmail da Applicazioni e disinstalla eventuali moduli Gmail di terze parti.",
      "Usa un client Applicazione web con registrato il tuo URI `/google_gmail/confirm`, poi fai clic su Connetti account Gmail.",
    ],
  },
  "test-user-missing": {
    title: "L'account Google non è tra gli utenti di test dell'app (Error 403: access_denied)",
    explanation:
      "L'app è Esterna e in Testing: possono autorizzarla solo gli account elencati in Utenti di test. Non è stato aggiunto nessun utente di test, l'indirizzo contiene un errore, oppure nella scelta dell'account di Google ne è stato preso un altro.",
    fix: [
      "Apri Google Auth Platform → Audience (prima: Schermata consenso OAuth).",
      "In Utenti di test fai clic su Aggiungi utenti, inserisci l'indirizzo esatto che invierà la posta (il Nome utente del server in uscita di Odoo) e salva.",
      "In Odoo fai clic su Connetti account Gmail e scegli quell'account.",
      "Decidi se restare in Testing: lì ogni autorizzazione scade dopo sette giorni, quindi per un uso duraturo pubblica l'app o, con Google Workspace, scegli il tipo utente Interno.",
    ],
  },
  "app-unverified": {
    title: "Google avvisa che non ha verificato questa app (app in produzione non verificata)",
    explanation:
      "L'app è In produzione con tipo utente Esterno e chiede l'ambito con restrizioni `https://mail.google.com/` senza la verifica di Google. È un avviso, non un errore: lo sviluppatore sei tu e il client è il tuo.",
    fix: [
      "Nella pagina dell'avviso fai clic su Avanzate (Advanced), poi sul link con il nome della tua app segnato come non sicuro (Go to … (unsafe)).",
      "Concedi l'accesso con Continua o Consenti.",
      "Torna in Odoo e fai clic su Prova Connessione.",
      "Per evitare l'avviso con Google Workspace usa invece il tipo utente Interno; anche Torna al test lo elimina, ma riporta l'elenco degli utenti di test e la scadenza di sette giorni.",
      "Se invece Google mostra Questa app è bloccata (senza il link Avanzate), rifiuta del tutto questo account: torna al test e aggiungi l'account agli utenti di test, oppure con Workspace usa il tipo utente Interno o chiedi all'amministratore di considerare attendibile il client nei Controlli API.",
    ],
  },
  "testing-token-expired": {
    title: "Google ha fatto scadere o revocato il refresh token (invalid_grant)",
    explanation:
      "Google risponde `invalid_grant` «Token has been expired or revoked.», quindi Odoo mostra «Si è verificato un errore durante il recupero del token di accesso.» mentre il badge Token Gmail valido resta verde. La causa tipica è la scadenza di sette giorni delle app Esterne in Testing; hanno lo stesso effetto una revoca, un cambio password, sei mesi senza uso, più di 100 token per account e client o una restrizione dell'amministratore Workspace.",
    fix: [
      "Apri il server in uscita e fai clic sull'icona a ingranaggio accanto a Token Gmail valido per autorizzare di nuovo.",
      "Fai clic su Prova Connessione.",
      "Se l'app è in Testing, chiudi il ciclo settimanale: pubblicala oppure, con Google Workspace, usa il tipo utente Interno.",
      "Dopo la pubblicazione ricollega ancora una volta, perché i token emessi in Testing conservano la scadenza di sette giorni.",
      "Ricollega anche gli altri server che usano questo account, in uscita e in entrata, e tieni le copie di staging lontane dal client e dall'account della produzione.",
    ],
  },
  "consent-cancelled": {
    title: "Il consenso su Google è stato annullato (error=access_denied)",
    explanation:
      "Qualcuno ha premuto Annulla nella scelta dell'account o nella schermata di consenso di Google, quindi Google ha rimandato il browser con `error=access_denied` e Odoo ha mostrato «Si è verificato un errore durante il processo di autenticazione.». Non c'è nulla di rotto; è diverso da `Error 403: access_denied` sulla pagina di Google, che indica un utente di test mancante.",
    fix: [
      "Torna al server in uscita in Odoo (con la 19.0, tramite il pulsante Go back).",
      "Fai di nuovo clic su Connetti account Gmail.",
      "Scegli l'account di invio e concedi l'accesso; se Google elenca le autorizzazioni con le caselle di spunta, spunta quella di Gmail.",
    ],
  },
  "org-internal": {
    title: "L'account è esterno all'organizzazione di un'app Interna (Error 403: org_internal)",
    explanation:
      "Il tipo utente è Interno, quindi possono autorizzare l'app solo gli account dell'organizzazione Google Workspace proprietaria del progetto. È stato usato un Gmail personale o un account di un altro dominio.",
    fix: [
      "Ricollega scegliendo l'account aziendale, lo stesso del Nome utente del server; una finestra privata evita la sessione sbagliata.",
      "Se l'indirizzo di invio è davvero esterno all'organizzazione, passa il tipo utente a Esterno in Google Auth Platform → Audience (prima: Schermata consenso OAuth).",
      "Poi aggiungi l'indirizzo agli utenti di test o pubblica l'app, e fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "admin-policy-enforced": {
    title: "Un criterio di Google Workspace blocca l'app (admin_policy_enforced)",
    explanation:
      "È l'amministratore Google Workspace a decidere quali app di terze parti possono accedere ai dati dell'organizzazione. Il tuo client OAuth è bloccato o limitato, oppure il dominio non ammette app non ancora configurate (`access_not_configured`).",
    fix: [
      "Copia l'ID client dalle impostazioni Gmail di Odoo; termina con `.apps.googleusercontent.com`.",
      "Chiedi all'amministratore Workspace di aprire, nella Console di amministrazione Google, Sicurezza → Accesso e controllo dei dati → Controlli API → Gestisci l'accesso delle app di terze parti.",
      "Fai aggiungere l'app tramite il suo ID client, impostarla su Attendibile per gli utenti che la collegheranno e salvare.",
      "Attendi qualche minuto, poi fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "invalid-client": {
    title: "Google non riconosce l'ID client o il secret (invalid_client)",
    explanation:
      "Con «The OAuth client was not found.» l'ID in Odoo non corrisponde a nessun client: un errore di battitura, spazi in più, l'ID del progetto al posto dell'ID client o un client di un altro progetto. Con «Unauthorized» allo scambio del codice, il secret non appartiene a quel client o è stato sostituito, e Odoo mostra solo un errore generico di autenticazione o di recupero del token.",
    fix: [
      "In Google Auth Platform → Clients (prima: API e servizi → Credenziali) apri il client Applicazione web e copia l'ID client, che termina con `.apps.googleusercontent.com`.",
      "Recupera il secret che hai salvato (quelli recenti iniziano con `GOCSPX-`); la console lo mostra per intero una sola volta, quindi se l'hai perso aggiungi un nuovo secret al client.",
      "Incolla entrambi nei campi ID e Secret delle impostazioni Gmail di Odoo, senza spazi, e fai clic su Salva.",
      "Ricollega l'account con Connetti account Gmail, oppure con l'icona a ingranaggio accanto a Token Gmail valido.",
    ],
  },
  "deleted-client": {
    title: "Il client OAuth è stato eliminato in Google Cloud (deleted_client)",
    explanation:
      "Il client il cui ID è in Odoo è stato eliminato nella console Google Cloud, quindi Google rifiuta sia i nuovi collegamenti sia il rinnovo dei token. Google permette di ripristinare un client eliminato per 30 giorni.",
    fix: [
      "Nella pagina Clients del progetto (prima: Credenziali) cerca i client eliminati.",
      "Entro i 30 giorni ripristinalo; l'ID e il secret in Odoo restano validi.",
      "Altrimenti crea un nuovo client Applicazione web con il tuo URI di reindirizzamento e inserisci ID e secret nelle impostazioni Gmail di Odoo.",
      "Ricollega ogni server Gmail, in uscita e in entrata.",
    ],
  },
  "odoo-forbidden": {
    title: "Odoo ha risposto Forbidden su /google_gmail/confirm",
    explanation:
      "Prima di accettare il codice di Google, Odoo controlla l'utente e il parametro `state`, che deve indicare un server di posta esistente e contenere un token di sicurezza valido; se un controllo fallisce compare questa pagina, senza dettagli. Cause tipiche: utente non amministratore (16.0–18.0), pagina di ritorno aperta a mano o ricaricata, un altro database o una copia ripristinata, server di posta eliminato, browser collegato come un altro utente oppure, con la 19.0, una chiamata a Google per l'indirizzo dell'account non riuscita.",
    fix: [
      'Decodifica lo `state` dalla barra degli indirizzi: deve indicare `ir.mail_server` (o `fetchmail.server`) con un numero come `id`; se vedi `"id": false`, aggiorna il modulo Google Gmail.',
      "Nello stesso browser apri l'host di `web.base.url` e verifica di aver effettuato l'accesso come amministratore del database giusto; una finestra privata aiuta.",
      "Controlla che `web.base.url` appartenga a questo database, non alla produzione o a un altro database.",
      "Apri il server di posta salvato e fai clic su Connetti account Gmail da lì; non ricaricare la pagina di ritorno e non aprirla a mano.",
      "Con la 19.0, se il problema resta, verifica che il server di Odoo raggiunga Google.",
    ],
  },
  "odoo-module-outdated": {
    title: "Il modulo Google Gmail non è aggiornato nel database",
    explanation:
      'Lo `state` contiene `"id": false` e `"csrf_token": false`, oppure in Applicazioni il modulo risulta da aggiornare (To Upgrade). A maggio 2022 Odoo ha sostituito il flusso con il codice da copiare e incollare con quello a reindirizzamento; con il codice nuovo su disco ma le viste vecchie nel database, il pulsante di collegamento costruisce l\'indirizzo di Google per un record non salvato, senza un token valido, e al ritorno Odoo risponde Forbidden.',
    fix: [
      "Apri Applicazioni e togli il filtro App dalla barra di ricerca.",
      "Cerca `Gmail`, apri il menu a tre puntini sulla scheda del modulo Google Gmail e scegli Aggiorna.",
      "Su un server self-hosted puoi invece eseguire `odoo-bin -c /etc/odoo/odoo.conf -d mydb -u google_gmail --stop-after-init` con il nome del tuo database al posto di `mydb`, poi riavviare Odoo.",
      "Ricarica la pagina del browser, apri il server, salvalo e fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "odoo-credentials-missing": {
    title: "Nelle impostazioni di Odoo manca l'ID client o il secret di Gmail",
    explanation:
      "Odoo mostra «Configura le credenziali Gmail.» (la 16.0–18.0 può mostrare, al posto del pulsante di collegamento, «Setup your Gmail API credentials in the general settings to link a Gmail account.») perché l'ID o il Secret nelle impostazioni Gmail è vuoto. Senza entrambi Odoo non può costruire l'indirizzo di autorizzazione di Google.",
    fix: [
      "Vai su Impostazioni → Impostazioni generali, sezione Comunicazioni (16.0, 17.0) o E-mail (18.0, 19.0).",
      "Attiva Utilizza server e-mail personalizzati (16.0: Server e-mail personalizzati), poi Utlizza server Gmail (16.0: Credenziali Gmail; «Utlizza» è scritto proprio così nella traduzione di Odoo).",
      "Incolla l'ID client in ID e il secret in Secret, poi fai clic su Salva.",
      "Ricarica il server in uscita e fai clic su Connetti account Gmail.",
    ],
  },
  "email-mismatch": {
    title: "L'account Google è diverso dall'indirizzo del server di posta (19.0)",
    explanation:
      "Odoo 19.0 chiede a Google l'indirizzo dell'account che ha dato il consenso e lo confronta con quello del server di posta; sono diversi, quindi mostra «Oops, you're creating an authorization to send from … but your address is …». Il primo indirizzo è l'account Google con cui hai effettuato l'accesso, il secondo quello del server.",
    fix: [
      "Fai clic su Go back.",
      "Fai di nuovo clic su Connetti account Gmail e, nella scelta dell'account di Google, prendi quello con l'indirizzo del server (se serve, Usa un altro account; una finestra privata aiuta).",
      "Se è sbagliato l'indirizzo del server, correggilo prima in Odoo, salva e ricollega.",
    ],
  },
  "smtp-auth-rejected": {
    title: "Gmail ha rifiutato l'accesso OAuth (535-5.7.8 dopo XOAUTH2)",
    explanation:
      "Gmail non ha accettato il token per quell'utente; siccome Odoo non controlla la risposta all'accesso XOAUTH2, il rifiuto può emergere solo al comando successivo, come `530-5.7.0 Authentication Required`. Di solito il Nome utente del server non è l'account Google che ha dato il consenso (la 16.0–18.0 non lo controlla), oppure l'autorizzazione non ha l'ambito di Gmail.",
    fix: [
      "Nel server in uscita imposta come Nome utente l'indirizzo esatto dell'account Google da cui invii.",
      "Fai clic sull'icona a ingranaggio accanto a Token Gmail valido e autorizza di nuovo, accedendo con quell'account e concedendo tutte le autorizzazioni.",
      "Fai clic su Prova Connessione; «Test di connessione riuscito!» indica che l'invio funziona.",
      "Se con Google Workspace continua a fallire, chiedi all'amministratore se l'app è limitata nei Controlli API.",
    ],
  },
  "smtp-password-auth": {
    title: "Il server accede a Gmail con una password invece che con OAuth",
    explanation:
      "Il server in uscita usa `smtp.gmail.com` con nome utente e password, e Google non accetta più la password normale dell'account dai programmi di posta. `534-5.7.9` indica che l'account usa la verifica in due passaggi e `534-5.7.14` che Google ha bloccato l'accesso; con OAuth questi problemi spariscono.",
    fix: [
      "In Impostazioni → Impostazioni generali fai clic su Server e-mail in uscita (17.0, 18.0: Server posta in uscita) e apri il server Gmail.",
      "In Autentica con scegli Autenticazione OAuth Gmail; Odoo imposta `smtp.gmail.com`, TLS (STARTTLS) e la porta `587`.",
      "Svuota il campo Password, perché Odoo rifiuta una password su un server con Autenticazione OAuth Gmail.",
      "Inserisci l'indirizzo Gmail in Nome utente e salva.",
      "Fai clic su Connetti account Gmail, poi su Prova Connessione.",
    ],
  },
  "smtp-encryption": {
    title: "Il server Gmail OAuth deve usare TLS (STARTTLS) sulla porta 587, non SSL/465",
    explanation:
      "Per i server con Autenticazione OAuth Gmail Odoo accetta solo TLS (STARTTLS) e rifiuta SSL/TLS con «Incorrect Connection Security…», anche se Gmail risponde pure sulla porta 465. Odoo non controlla la porta, quindi STARTTLS sulla 465 si salva ma non si connette («No response received. Check server address and port number.»).",
    fix: [
      "Apri il server in uscita e imposta la sicurezza della connessione su TLS (STARTTLS).",
      "Imposta l'host `smtp.gmail.com` e la porta `587`; scegliendo di nuovo Autenticazione OAuth Gmail in Autentica con, Odoo reimposta tutti e tre i valori.",
      "Salva e fai clic su Prova Connessione.",
    ],
  },
  "auth-code-invalid": {
    title: "Google ha rifiutato il codice di autorizzazione (invalid_grant)",
    explanation:
      "Il codice di autorizzazione vale una volta sola, per pochi minuti, e solo esattamente com'è stato emesso. «Code was already redeemed.» significa che la pagina di ritorno è stata caricata due volte, «Malformed auth code.» che un proxy o un firewall ha alterato il `%2F` contenuto nel codice, e «Bad Request» che il codice è scaduto o appartiene a un altro client.",
    fix: [
      "Non ricaricare la pagina di ritorno; torna al modulo del server.",
      "Accedi prima a Odoo come amministratore sull'host di `web.base.url`, così il flusso salta la pagina di accesso.",
      "Fai di nuovo clic su Connetti account Gmail e completa il consenso senza pause.",
      "Se «Malformed auth code.» si ripresenta, controlla le regole del proxy e del firewall per `/google_gmail/confirm`: devono lasciare invariata la query string.",
    ],
  },
  "token-fetch-failed": {
    title: "Odoo non è riuscito a ottenere un token di accesso da Google",
    explanation:
      "A ogni accesso SMTP o IMAP Odoo chiede a Google un nuovo token di accesso con il refresh token salvato; Google ha rifiutato o non ha risposto entro 5 secondi, e Odoo ha mostrato solo «Si è verificato un errore durante il recupero del token di accesso.» senza il motivo di Google. Cause frequenti: token scaduto o revocato (`invalid_grant`, tipico dopo sette giorni in Testing), secret sbagliato o sostituito (`invalid_client`), `web.base.url` cambiato (`redirect_uri_mismatch`) o un problema di rete.",
    fix: [
      "Fai clic sull'icona a ingranaggio accanto a Token Gmail valido per autorizzare di nuovo, poi su Prova Connessione; se funziona, il refresh token era morto: controlla se l'app è in Testing.",
      "Se la nuova autorizzazione fallisce subito, controlla il Secret nelle impostazioni Gmail di Odoo e il valore di `web.base.url`.",
      "Con Odoo self-hosted, guarda il log del server all'ora dell'errore: un timeout o un errore di connessione indica che Odoo non raggiunge `https://oauth2.googleapis.com`.",
      "Risolvi la causa trovata, poi ricollega l'account.",
    ],
  },
  "scope-insufficient": {
    title: "L'autorizzazione Google non ha l'ambito https://mail.google.com/",
    explanation:
      "SMTP e IMAP di Gmail accettano OAuth solo con `https://mail.google.com/`; ambiti più ristretti come `gmail.send` non bastano, quindi Gmail risponde con una richiesta `334` che indica quell'ambito, poi con `535-5.7.8`. Odoo lo chiede sempre: di solito il permesso su Gmail non è stato spuntato nella schermata di consenso di Google (la 19.0 chiede due autorizzazioni) o il token viene da un altro strumento.",
    fix: [
      "Apri il server in uscita e fai clic sull'icona a ingranaggio accanto a Token Gmail valido per autorizzare di nuovo.",
      "Nella schermata di consenso di Google spunta tutte le autorizzazioni, compresa quella di Gmail.",
      "Fai clic su Prova Connessione.",
    ],
  },
  "disallowed-useragent": {
    title: "Google blocca l'accesso da un browser incorporato (disallowed_useragent)",
    explanation:
      "Google rifiuta gli accessi OAuth nei browser incorporati, come il browser interno di un'app mobile (compresa quella di Odoo) o di un programma di chat o di posta che apre i link al proprio interno.",
    fix: [
      "Apri Odoo in un browser normale (Chrome, Firefox, Safari, Edge), meglio da computer.",
      "Accedi come amministratore e apri il server di posta.",
      "Fai clic su Connetti account Gmail.",
    ],
  },
  "policy-enforced": {
    title: "Un criterio di sicurezza dell'account Google blocca l'app (policy_enforced)",
    explanation:
      "Google ha risposto `policy_enforced`: l'account è iscritto al Programma di protezione avanzata di Google, oppure un criterio di sicurezza applicato all'account stesso rifiuta le app che Google non ha approvato per quell'account. Non è il controllo delle app di terze parti dell'amministratore Workspace (`admin_policy_enforced`), e nessuna impostazione di Odoo o del tuo client OAuth lo cambia.",
    fix: [
      "Con l'account di invio apri Account Google → Sicurezza e controlla se è iscritto al Programma di protezione avanzata.",
      "Se lo è, invia da un account non iscritto, oppure fai uscire il titolare dal programma, sapendo che così la protezione dell'account si riduce.",
      "Con Google Workspace chiedi all'amministratore quale criterio si applica all'account (nella Console di amministrazione Google: Sicurezza → Programma di protezione avanzata e Sicurezza → Accesso e controllo dei dati → Controlli API) e se il tuo ID client può essere consentito.",
      "Fai di nuovo clic su Connetti account Gmail e scegli quell'account.",
    ],
  },
  "callback-blocked": {
    title: "Un proxy, un firewall o il server web ha bloccato il ritorno prima di Odoo",
    explanation:
      "La pagina 403, 404 o 5xx su `/google_gmail/confirm` è stata generata da qualcosa che sta davanti a Odoo, come nginx, Apache, Cloudflare, un firewall per applicazioni web (ModSecurity, Sucuri, Imperva) o il firewall aziendale: testo e firma non sono quelli di Odoo. Il reindirizzamento di Google porta una query string lunga (`state` con JSON, `code` con `%2F`, `scope` con degli URL) che regole del genere rifiutano spesso, oppure il proxy non inoltra quel percorso a Odoo. Non è il Forbidden di Odoo, e l'URI di reindirizzamento registrato in Google non c'entra.",
    fix: [
      "Annota cosa nomina la pagina di errore (nginx, Apache, Cloudflare con un Ray ID, ModSecurity, un ID di incidente o di supporto): è il componente che ha risposto.",
      "Nel log di quel componente cerca la richiesta a `/google_gmail/confirm` all'ora dell'errore e la regola o la location che l'ha gestita.",
      "Fai arrivare `/google_gmail/confirm` a Odoo senza modifiche, query string compresa: escludilo dalla regola del firewall che è scattata e inoltralo a Odoo come ogni altro percorso di Odoo.",
      "Lascia com'è l'URI di reindirizzamento in Google, poi fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "other-odoo-google-feature": {
    title: "È il callback di Google Calendar, Drive o dell'accesso con Google, non quello di Gmail",
    explanation:
      "L'indirizzo termina con `/google_account/authentication`, usato dalla sincronizzazione di Google Calendar e Google Drive di Odoo, oppure con `/auth_oauth/signin`, usato dall'accesso con Google (login OAuth). Sono i percorsi giusti per quelle funzioni e vanno lasciati così; il server di posta Gmail usa `/google_gmail/confirm`, e l'URI di reindirizzamento di ogni funzione si registra come voce a sé. Le altre regole di Google valgono per tutte: `https://`, l'host pubblico di `web.base.url`, corrispondenza esatta.",
    fix: [
      "Individua la funzione di Odoo che ha mostrato l'errore: Google Calendar o Google Drive, il pulsante di accesso con Google nella pagina di login, oppure il server di posta Gmail.",
      "Per Calendar o Drive registra esattamente il tuo indirizzo pubblico seguito da `/google_account/authentication` (per esempio `https://erp.example.com/google_account/authentication`) sul client il cui ID è nelle impostazioni di quella funzione.",
      "Per l'accesso con Google registra esattamente il tuo indirizzo pubblico seguito da `/auth_oauth/signin` sul client indicato nel fornitore OAuth di Google in Odoo (Impostazioni → Utenti e aziende → Fornitori OAuth, in modalità sviluppatore).",
      "Se i dettagli della richiesta di Google mostrano `http://`, `localhost` o un host interno, correggi `web.base.url` come per Gmail: host e schema vengono da lì per tutte le funzioni.",
      "Per il server di posta Gmail aggiungi `/google_gmail/confirm` come ulteriore URI di reindirizzamento autorizzato; non sostituire mai con questo l'URI di un'altra funzione.",
    ],
  },
  "refresh-token-invalid": {
    title: "Google ha rifiutato il token di aggiornamento salvato (invalid_grant durante il rinnovo)",
    explanation:
      "Il collegamento ha funzionato una volta, ma quando Odoo ha scambiato il token di aggiornamento salvato con un token di accesso, prima di inviare o scaricare la posta, Google ha risposto `invalid_grant`; il codice di autorizzazione del primo collegamento non c'entra. Il momento in cui è iniziato distingue le cause: circa sette giorni dopo il collegamento con un'app Esterna in Test, la scadenza del Test; subito dopo un cambio o un reset della password, il cambio password; dopo la rimozione dell'app dalle app di terze parti dell'account Google, una revoca; dopo sei mesi senza uso, l'inattività; con molti database o copie di staging sullo stesso client e account, il limite di 100 token di aggiornamento.",
    fix: [
      "Annota quando si è fermato l'invio e cosa è successo subito prima: lo stato di pubblicazione dell'app, un cambio password, una revoca, un database ripristinato o copiato.",
      "Apri il server in uscita, fai clic sull'icona a ingranaggio accanto a Token Gmail valido per autorizzare di nuovo, poi su Prova Connessione.",
      "Se l'app è Esterna e in Test, pubblicala oppure, con Google Workspace, usa il tipo di utente Interno, poi collega di nuovo l'account ancora una volta, perché i token emessi in Test conservano la scadenza di sette giorni.",
      "Collega di nuovo anche gli altri server che usano questo account, in uscita e in entrata, e tieni le copie di staging lontane dal client e dall'account della produzione.",
    ],
  },
  "smtp-rate-limited": {
    title: "Gmail sta limitando questo account (421/454 4.7.0 o 550 5.4.5)",
    explanation:
      "Gmail si è fermato per un limite, non per la configurazione OAuth: `454 4.7.0` e `421 4.7.0` indicano troppi accessi o connessioni in poco tempo (un ciclo di tentativi, più worker o server Odoo che accedono insieme, tentativi falliti in precedenza), mentre `550 5.4.5` indica che l'account ha raggiunto il limite di invio giornaliero, circa 500 destinatari al giorno per un Gmail personale e 2.000 per Google Workspace.",
    fix: [
      "Attendi: i limiti sugli accessi di solito si sbloccano entro un'ora, il limite di invio giornaliero entro 24 ore.",
      "Ferma ciò che accede ripetutamente con questo account: altri programmi che usano lo stesso indirizzo, più database o server Odoo, un ciclo che ripete gli accessi non riusciti.",
      "Se raggiungi il limite giornaliero, distribuisci gli invii massivi su più giorni oppure inviali tramite un servizio di mailing con un proprio server in uscita.",
      "Poi fai clic su Prova Connessione; se invece Gmail risponde `535-5.7.8` o `530-5.7.0`, è l'accesso stesso a essere rifiutato: segui quel risultato.",
    ],
  },
  "client-id-malformed": {
    title: "L'ID client in Odoo non ha il formato di Google",
    explanation:
      "Un ID client di Google è formato da un numero, un trattino e 32 lettere minuscole e cifre, seguiti da `.apps.googleusercontent.com`. Questo valore è diverso: può contenere un errore di battitura o spazi, non terminare con `.apps.googleusercontent.com`, oppure essere il secret o l'ID del progetto incollato nel campo sbagliato, e Google risponderà `invalid_client`.",
    fix: [
      "In Google Auth Platform → Clients (prima: API e servizi → Credenziali) apri il tuo client Applicazione web e copia l'ID client.",
      "Incollalo nel campo ID delle impostazioni Gmail di Odoo, senza spazi né a capo prima o dopo, e fai clic su Salva.",
      "Controlla che il campo Secret contenga il secret (quelli recenti iniziano con `GOCSPX-`) e non l'ID.",
      "Fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "client-secret-malformed": {
    title: "Il client secret in Odoo non sembra un secret di Google",
    explanation:
      "I client secret di Google iniziano con `GOCSPX-` seguito da 28 caratteri; i client più vecchi possono avere un secret di 24 caratteri senza prefisso. Questo valore è diverso: spesso nel campo Secret è stato incollato l'ID client, oppure il secret è troncato o ha spazi in più, e Google risponderà `invalid_client` allo scambio del codice.",
    fix: [
      "Recupera il secret che hai salvato alla creazione del client, oppure il valore `client_secret` nel file JSON scaricato.",
      "Se non l'hai più, apri il client in Google Auth Platform → Clients (prima: API e servizi → Credenziali) e aggiungi un nuovo secret; la console lo mostra per intero una sola volta.",
      "Incollalo nel campo Secret delle impostazioni Gmail di Odoo, senza spazi, e fai clic su Salva.",
      "Fai di nuovo clic su Connetti account Gmail.",
    ],
  },
  "javascript-origins-present": {
    title: "Il client ha Origini JavaScript autorizzate, che a Odoo non servono",
    explanation:
      "Le Origini JavaScript autorizzate servono alle pagine web che dialogano con Google direttamente dal browser; il collegamento Gmail di Odoo usa il flusso con reindirizzamento e scambia il codice sul server. Non fanno danni, ma spesso indicano un client configurato per un altro scopo, e un'origine non sostituisce mai un URI di reindirizzamento mancante.",
    fix: [
      "In Google Auth Platform → Clients (prima: API e servizi → Credenziali) apri il client.",
      "Elimina le voci in Origini JavaScript autorizzate, a meno che un'altra applicazione usi questo client.",
      "Verifica che tra gli URI di reindirizzamento autorizzati ci sia l'URI esatto inviato da Odoo, che termina con `/google_gmail/confirm`, e salva.",
    ],
  },
  "testing-weekly-reauth": {
    title: "L'app è in Testing: Odoo smetterà di inviare 7 giorni dopo ogni collegamento",
    explanation:
      "Per le app Esterne in Testing, Google fa scadere ogni autorizzazione sette giorni dopo il consenso, perché l'ambito di Gmail va oltre nome, e-mail e profilo. Il badge Token Gmail valido resta verde, ma da quel momento Odoo mostra «Si è verificato un errore durante il recupero del token di accesso.» finché non ricolleghi; ogni alternativa ha un costo.",
    fix: [
      "Con Google Workspace, se il progetto appartiene alla tua organizzazione, imposta il tipo utente Interno in Google Auth Platform → Audience (prima: Schermata consenso OAuth): niente utenti di test, niente avviso, niente scadenza settimanale.",
      "Con un Gmail personale fai clic su Pubblica app per passare a In produzione e accetta l'avviso «Google hasn't verified this app» a ogni collegamento; un'app non verificata ammette 100 utenti in tutta la sua vita, più che sufficienti per qualche casella.",
      "Oppure resta in Testing, che va bene per una prova, e ricollega ogni sette giorni con l'icona a ingranaggio accanto a Token Gmail valido.",
      "Dopo il passaggio a Interno o In produzione ricollega una volta ogni server, perché i token emessi in Testing conservano la scadenza di sette giorni.",
    ],
  },
  "smtp-host-wrong": {
    title: "Il server Gmail OAuth non punta a smtp.gmail.com",
    explanation:
      "Il server in uscita usa Autenticazione OAuth Gmail ma si collega a un altro host, come `imap.gmail.com` (che serve alla posta in entrata) o un relay. Odoo imposta da sé `smtp.gmail.com` quando scegli Autenticazione OAuth Gmail, ed è l'host che Gmail documenta per l'accesso OAuth sulla porta 587; un relay non accetta il token di Google.",
    fix: [
      "In Impostazioni → Impostazioni generali fai clic su Server e-mail in uscita (17.0, 18.0: Server posta in uscita) e apri il server Gmail.",
      "Imposta il server SMTP su `smtp.gmail.com`, con TLS (STARTTLS) e porta `587`; scegliendo di nuovo Autenticazione OAuth Gmail in Autentica con, Odoo reimposta tutti e tre i valori.",
      "Se devi inviare tramite un relay, configuralo come server in uscita separato con le credenziali del relay, non con OAuth Gmail.",
      "Salva e fai clic su Prova Connessione.",
    ],
  },
  "odoo-version-old": {
    title: "Odoo è precedente alla 16.0 o usa una build non aggiornata",
    explanation:
      "Questa guida e i suoi controlli coprono Odoo dalla 16.0 alla 19.0, che usano tutte il reindirizzamento su `/google_gmail/confirm`. Le versioni precedenti e le build anteriori a maggio 2022 usano il flusso out-of-band con il codice da copiare e incollare, che Google ora blocca, oppure non hanno affatto OAuth per Gmail.",
    fix: [
      "Controlla la versione esatta e la build di Odoo.",
      "Passa a Odoo 16.0 o successivo, o almeno aggiorna a una build recente della tua versione.",
      "Dopo l'aggiornamento, aggiorna il modulo Google Gmail da Applicazioni, così il database riceve le viste nuove.",
      "Usa un client Applicazione web con registrato il tuo URI `/google_gmail/confirm`, poi fai clic su Connetti account Gmail.",
    ],
  },
  "google-unavailable": {
    title: "L'endpoint dei token di Google non ha risposto in tempo o ha dato errore",
    explanation:
      "La richiesta all'endpoint dei token di Google è scaduta o ha ricevuto un errore del server (HTTP 5xx), quindi non è stato possibile ottenere alcun token. Di solito è un problema di rete tra il server e Google (firewall, proxy, DNS) o una breve interruzione di Google, non un'impostazione di Google Cloud.",
    fix: [
      "Riprova tra qualche minuto: le brevi interruzioni di Google si risolvono da sole.",
      "Dal server di Odoo, verifica che `https://oauth2.googleapis.com` sia raggiungibile sulla porta 443 (firewall, proxy in uscita, DNS).",
      "Se il server usa un proxy in uscita, assicurati che lo usi anche il processo di Odoo (variabili d'ambiente del servizio Odoo).",
      "Se continua a non funzionare, controlla la pagina di stato di Google Cloud e di Gmail.",
    ],
  },
  "companion-store-unavailable": {
    title: "Il companion ha perso l'archivio dei test durante questa prova",
    explanation:
      "Questo companion conserva i test dal vivo in un archivio condiviso (Redis) che ha smesso di rispondere mentre il test era in corso, quindi il test è stato interrotto. Non indica alcun problema nel tuo client Google o in Odoo; il tuo segreto è stato eliminato come sempre.",
    fix: [
      "Avvia di nuovo il test tra qualche minuto.",
      "Se succede ancora, avvisa chi gestisce questo companion: il suo server Redis non ha risposto.",
    ],
  },
  "smtp-unreachable": {
    title: "Impossibile raggiungere smtp.gmail.com sulla porta 587",
    explanation:
      "La connessione al server SMTP di Gmail non è riuscita o è scaduta prima di qualsiasi accesso. La porta 587 in uscita è spesso bloccata da provider di hosting e firewall, oppure il nome host o la porta sono sbagliati.",
    fix: [
      "Controlla il server in uscita: host `smtp.gmail.com`, porta `587`, sicurezza della connessione TLS (STARTTLS).",
      "Dal server di Odoo, prova la connessione a `smtp.gmail.com` sulla porta 587 (per esempio con `openssl s_client -starttls smtp -connect smtp.gmail.com:587`).",
      "Chiedi al provider di hosting o all'amministratore di rete di consentire le connessioni in uscita sulla porta 587.",
      "Fai di nuovo clic su Prova Connessione quando la porta è aperta.",
    ],
  },
} as const satisfies FindingTextTable;
