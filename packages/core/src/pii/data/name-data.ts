// Name gazetteer for the PERSON recognizer.
// Generated once (not at build time) from @faker-js/faker 10.6.0 person first/last names of all
// Latin-script locales (MIT, Copyright Faker contributors), lower-cased, minus common English words
// (wink-lexicon 2.2.0, MIT), which are listed in AMBIGUOUS_NAMES instead. One name per space.
export const FIRST_NAMES_TEXT =
  'aadi aadidev aadinath aaditya aadrika aagam aagney aagneya aaliyah aalok aaltje aamod aanand ' +
  'aanandaswarup aanandinii aanjaneya aanuoluwapo aaratrika aarav aaron aarya aaryan aarón aasa ' +
  'aasha aashritha aatmaj aatmaja aatreya aayushmaan aayushman aba abaco abadon abagail abak abaka ' +
  'abakan abakay abani abar abay abayomi abbas abbey abbie abbigail abbondanza abbondanzio abbondio ' +
  'abbos abby abd abdallah abdel abdelkader abdellah abderrahmane abdiel abdon abdone abdonie abdou ' +
  'abdoul abdoulaye abdourahmane abdramane abdul abdulahad abdulazim abdulaziz abdulboriy ' +
  'abdulhafiz abdulhakim abdulhay abdulholiq abduljabbor abduljalil abdulkarim abdulla abdullah ' +
  'abdullatif abdulmalik abdulqahhor abdulqodir abdulvahhob abdulvali abdulvohid abdurrahiym ' +
  'abdurrahmon abdurrauf abdurrazzoq abdussamad abe abebi abeiku abel abelard abelardo abele abelin ' +
  'abeline abena abendam abeni abenzio abhaidev abhaya abhirath abhisyanta abibatou abibo abidin ' +
  'abigaelle abigail abigale abigayle abigaël abigaëlle abigaïl abigél abimbola abiodun abiola ' +
  'abiona abisola abisoye abluç abner abondance abosede abou aboubacar aboubakar abraham abrahamo ' +
  'abrahám abramio abramo abril absalon absolon absolón aby abyasa abélard abı abılay abşar acace ' +
  'acacie acacio acanthe acar acario acaryatanaya accursio ace achaire achalesvara acharyanandana ' +
  'acharyasuta achil achiles achille achim achintya achraf achyut acilia acilio aciscolo acrisio ' +
  'aculina acun ada adah adalan adalard adalardo adalbald adalbaude adalbert adalberta adalberto ' +
  'adalbéron adaldı adalfredo adalgisa adalgiso adaline adalmış adalric adalrico adalsinde adam ' +
  'adama adame adamo adan adar adaugo adaş adberilgen addie addison addo addolorata ade adea ' +
  'adebankole adebiyi adebola adebowale adeboye adebukola adedaramola adedayo adedeji adedoyin ' +
  'adegoke adegrin adegrine adekitan adekola adekunle adel adela adelaida adelaide adelajda ' +
  'adelardo adelasia adelaïde adelbert adelberto adelchi adele adeleke adelfo adelgardo adelia ' +
  'adelie adelin adelina adeline adeliya adell adella adelle adelmo adelphe adeltrude adelya adem ' +
  'aden adenet adenike adeniyi adeodato adeola adeolu adeoti adepeju aderopo adesewa adeshina ' +
  'adesoji adesua adetayo adetoke adetoun adeyi adheesh adhiarja adhiraj adhrit adhémar adi adiarja ' +
  'adib adiba adigun adika adikara adikavi adil adile adin adina adinata adinath aditeya aditya ' +
  'adityanandan adityanandana adja adjutor adlı adlıbeğ adnân ado adolf adolfa adolfo adolfína ' +
  'adolph adolphe adolphie adolphus adone adonis adonise adrain adraman adrastée adrehilde adria ' +
  'adriaan adrian adriana adrianna adriano adriel adrien adriena adrienne adrijana adrione ' +
  'adripathi adrián adriána adsız adunni advaya adwitiya adwoa adán adèle adél adéla adélaïde ' +
  'adélie adéodat adıgüzel adık adıkutlu adıkutlutaş afanasi afanasie afaq affan afi afia afitap ' +
  'afolarin afonso afra afro afruza afton afua afzuna afşar afşin afşın agabio agafia agamennone ' +
  'agape agapet agapito agasti agastya agata agatha agathange agathe agathon agaton agazio agenore ' +
  'agesilao agilbert agilberte aglae aglaia aglaja aglaé agnan agnane agneflète agnes agnesa agnese ' +
  'agneta agneya agnieszka agnimitra agniprava agnivesh agnos agnès agostina agostino agrata ' +
  'agripina agripino agrippa agrippin agrippine agrypina agus agustin agustina agustín agáta agâh ' +
  'ahalya ahenk ahilya ahlem ahmad ahmed ahmet ahror ahsen aiace aicha aida aidan aidano aiden ' +
  'aileen aimable aimee aimone aimé aimée aina aino ainārs aisha aishani aissatou aisyah aiyana ' +
  'ajala ajan ajana ajani ajda ajeet ajeng ajiman ajimat ajimin ajiono ajit ajita ajla ajlin ajna ' +
  'ajoke ak akalp akande akanmu akanni akarsana akata akaş akbatur akbay akbaş akboğa akbudak ' +
  'akbulak akbuğra akbörü akdemir akdoğan akeem akif akifa akinkunmi akinlabi akinwale akkun ' +
  'akkunlu akkurt akkuş akmal akofa akorfa akos akosua akpıra akram akroor aksel akshainie akshaj ' +
  'akshat akshata akshayakeerti akshita aksil aksungur aktan aktekin aktimur akua akula akumaa ' +
  'akunna akvelīna akwasi akwesi akça akçakoca akçora akı akıbudak akım akın akıner akınçı al ala ' +
  'alaba alaban alabörü aladağ alade aladino aladoğan alain alaina alaine alakurt alamanno alambana ' +
  'alamu alan alana alanis alanna alano alara alarico alassane alayna alayunt alayuntlu alaïs alba ' +
  'alban albane albano albena alberico albert alberta alberte albertha albertina albertine ' +
  'albertino alberto albertýna albertīne albin albina albino alboino albrecht albrico albérade ' +
  'albéric albín albína alceo alceste alcestiso alcibiade alcide alcidie alcime alcina alcine ' +
  'alcino alcyone alda aldegonde aldemir alden aldo aldobrando aldonce aldoğan aldric aldıgerey ' +
  'alea aleandro aleardo aleaume alec aleen alejandra alejandrin alejandro alek aleksa aleksandar ' +
  'aleksander aleksandra aleksandro aleksej aleksi alekso aleksy alemka alen alena alene alenia ' +
  'alenka aleodor aleramo alesea alessa alessandra alessandro alessia alessio aleth aletha alevtina ' +
  'alex alexa alexander alexandr alexandra alexandre alexandrea alexandria alexandrina alexandrine ' +
  'alexandro alexandros alexandru alexane alexanne alexe alexei alexej alexia alexie alexine alexis ' +
  'alexys alexzander aleya aleyna aleš aleška alf alfio alfons alfonsa alfonsino alfonso alfonz ' +
  'alfonzo alford alfred alfreda alfredo alfréd alfréda alfrēds algiso algu ali alia alic alica ' +
  'alican alice alicia alicja alico alida alienor aliette alighiero alika alima alin alina aline ' +
  'aliona aliou alioune alis alisa alisha alisher alison alissa alissia alistair alistar alivia ' +
  'alix alixe aliya aliyah aliza alize alizee alizé aliénor alişan alişir aljaž aljoša alka ' +
  'alkabölük alkaevli alkan alkaşı alkış alla allan allegra allen allene alliaume allie allison ' +
  'alma almerigo almila almine almira almire almiro alois aloisie aloisio alojz alojza alojzije ' +
  'alok alon alondra alonzo aloys aloyse aloïs aloïse aloīzs alp alpagut alpamış alparsbeğ ' +
  'alparslan alpata alpay alpaya alpaykağan alpbamsı alpbilge alpdirek alpdoğan alper alperen ' +
  'alpertunga alpgerey alpha alphan alphonse alphonsine alphonso alphée alpike alpilig alpinien ' +
  'alpkara alpkutlu alpkülük alptegin alptunga alpturan alptutuk alptuğrul alpuluğ alpurungu ' +
  'alpurungututuk alpyörük alpış alpşalçı alsu alta altan altankan altankağan altay altea altemur ' +
  'althea althée altmışkara alton altuga altın altınkan altınkağan altınoba altıntamgan ' +
  'altıntamgantarkan altıntarkan altıntay alva alvah alvar alvaro alvena alvera alverta alverède ' +
  'alviero alvin alvina alvis alvise alvīne alwar aly alya alyah alyce alycia alysa alysha alyson ' +
  'alyssa alyssia alysson alícia alíz alımga alžbeta alžběta ama amabela amabile amadea amadeo ' +
  'amadeus amadou amady amahle amalia amaliane amalie amalija amalio amalric amalthée amand amanda ' +
  'amande amandin amandine amando amani amant amante amanzio amar amara amaranaath amarande ' +
  'amaranthe amaranto amaresh amari amarnath amaryllis amata amath amato amatore amauri amaury ' +
  'amaya amaç amaël ambar amber ambra ambre ambrine ambrogio ambroise ambroisie ambrose ambrosiano ' +
  'ambroży ambrož ambróz amdy amea amedeo amedeu amel amelia amelie ameline amelio amely amelya ' +
  'amen america americo amerigo ameth ameyatma ami amicie amico amie amiel amilcare amin amina ' +
  'aminat aminata amine aminte amintore aminu amir amira amish amit amita amiya amleto ammâr ' +
  'amodini amogh amoke amon amone amope amore amos amour amparo ampelio amra amrak amrit amrita ' +
  'amritambu amul amy amya amza amália amálie amát amáta amédée amélia améliane amélie amélien ' +
  'améthyste amîr amālija ana ana-maria anaadi anabel anabela anabelle anacleto anae anael anaelle ' +
  'anagh anahi anahita anaida anais anal anala anamaria anamarija anamika anand ananda anandamayi ' +
  'anang ananta anar anas anasooya anass anastacio anastase anastasia anastasie anastasija ' +
  'anastasije anastazija anastazio anastazja anastáz anastázia anastázie anasuya anatol anatole ' +
  'anatoli anatolia anatolie anatolii anatázie anatólie anaël anaëlle anaïs anca ancelin anceline ' +
  'anci ancica ancilla anda andarıman andaç andel andelin andelko andelo anders anderson andi ' +
  'andjelina andoche andra andrada andras andraž andre andrea andreane andreanne andreas andreea ' +
  'andrei andrej andreja andreo andres andrew andri andrian andriana andrija andrijana andrin ' +
  'andrina andris andro andromeda andrzej andrás andré andréa andréas andrée andrés andy andéol ' +
  'anděl anděla andělín andělína andżelika andžejs andžs anej anele anemona anes anesa aneta anette ' +
  'anežka angadrême ange angela angelica angelika angelina angeline angelino angelique angelita ' +
  'angelo anggabaya anggun anghel anghelina angie angilbe angilberte angilran angoustan angus ' +
  'angèle angélina angélique anh ania anibal anica anicet aniceto anicette anicée aniello anik ' +
  'anika anil anila anilaabh anilabh anina anis anise anish anissa anita aniya aniyah anja anjali ' +
  'anjaneya anjela anjelica anjolaoluwa anjushree anjushri anka ankal anko ann ann-christin ' +
  'ann-marie anna annabel annabell annabella annabelle annagrazia annalena annalise annamae ' +
  'annamaria annamarie annapurna annaëlle anne anne-laure anne-marie anne-sophie anneke anneli ' +
  'annelie annemarie annemijn annetta annette anni annibal annibale annie annika annikki anno ' +
  'annonciade annunziata anny anom anora anouar anouck anouk anrijs ansaldo ansbert ansberte ansel ' +
  'anselm anselma anselme anselmo ansgar ansgary anshula ansley ansovino anstrudie ant antal ante ' +
  'antea antek antelmo antero anthelme anthelmette anthony antide antigone antim antimo antino ' +
  'antioco antoaneta antoine antoinette anton antone antonela antonella antonello antonetta ' +
  'antonette antoni antonia antonie antonietta antonija antonin antonina antonine antonio antoniu ' +
  'antono antony antonín antti antun antwan antwon antónia antónio antônio anuar anuja anunay ' +
  'anuraag anurag anusuya anuška anvar anwesha anya ançuk anémone anči ančica anđela anđelika ' +
  'anđelina anĝelo anıl anšlavs anže apa apak apatarkan aphélie apolena apollina apollinaire ' +
  'apollinare apollinary apolline apollo apollonia appia appoline aprançur april apsara apuleio ' +
  'aqil aquilin aquiline aquilino ara arabela arabella arabelle araboğa araceli aracely arademir ' +
  'aral araldo aram arame aranka ararat aras aratone arbay arbuz arcade arcadi arcadie arcadii ' +
  'arcadio arch archambaud archan archange archer archibald archie archimede archippo arcibaldo ' +
  'arda ardella arden ardith ardito arduino ardıç arely aren aresio areta argelia argentina ' +
  'argimiro argine argo argono argu argun argıl ari aria ariadna arialdo arian ariana ariane ' +
  'arianna ariberto aric aricie arie ariel ariela ariele arielle arif arij arijit arike arina ' +
  'arindam arinola arion ariosto aris arisa aristarco ariste aristeo aristid aristide aristione ' +
  'aristo aristofane aristotele arjen arjun arkadiusz arkady arkád arkādijs arkın arkış arlene ' +
  'arleta arlette arlie arlo arman armance armand armande armandine armando armani armağan armel ' +
  'armeline armelle armida armide armin armine arminio armīns arna arnaldo arnaud arnaude arnaç ' +
  'arne arnesh arno arnold arnolda arnoldo arnould arnošt arnoštka arnulfo arolde aron arona aronne ' +
  'arpat arpád arrigo arsal arsen arsenie arsenije arseniusz arsinoé arsipatra arslan arslanargun ' +
  'arslanbörü arslansungur arslantegin arslanyabgu arslon arsène arsènie arsıl arta artanto artawan ' +
  'artemis artemisa arthaud arthur arthurine arthus arthème artiom arto artuk artukaç artur arturo ' +
  'artus artut artuš artémis artıınal artūrs aruk arun aruna arunthavanathan arved arvel arvid ' +
  'arvilla arvīds arwa arwen arya aryan aryanna arystarch arzen arçuk arîn arı arıboğa arık ' +
  'arıkağan arıkdoruk arın arınç arşun asa asad asadulloh asake asal asartegin ascanio ascelin ' +
  'asceline ascension asdrubale asel asella asha ashlee ashleigh ashlesh ashley ashly ashlynn ashmi ' +
  'ashok ashton ashtyn asia asija asil asila asilbek asimodeo asirwada asirwanda asiya asja aslesha ' +
  'aslijan asliya aslım asma asmaa asmadi asman asmianto asmita asmuni asolat asrı assa assetou ' +
  'assia assil assomption assunta assunto assya asta astarté asterio astianatte astou astrid ' +
  'astrida astride astrée astrīda astérie asuela asuğ aswani asya asım asığ ata atakan atakağan ' +
  'atalan atalay ataldı ataleo atalmış ataman atanas atanasia atanasio atanazy atanázie atanáš ' +
  'atasagun atasu ataç atberilgen atena athalie athanase athanasie athena athenaïs athina athos ' +
  'athéna athénaïs atila atilla atinuke atlas atlı atlıbeğ atlıkağan atma atmaca atmaja atmanand ' +
  'atmananda atreyee atreyi atsız atta attila attilano attilio atunçu atâullah atıf atıgay atıkutlu ' +
  'atıkutlutaş atıla atılgan atım atımer atış aube aubertine auberto aubin aubree aubrey aubry ' +
  'audace aude audebert audeline audie audouin audra audran audreanne audrey august augusta auguste ' +
  'augustin augustina augustine augusto augustus augustín augustýn augustýna aulia aura aure aurel ' +
  'aurelia aurelian aureliana aureliano aurelie aurelien aurelio aureliu aurelián aurelle aurian ' +
  'auriane aurica aurică auro auron aurora aurore aurèle aurélia aurélie aurélien aurélienne ' +
  'aurēlija ausilia ausiliatrice ausilio austen austin austyn auxane auxence ava avadhesh avan ' +
  'avani avantika avar avaz avdal ave aveline averardo avery avi aviel avigaëlle avis avital avluç ' +
  'avni avoye avram avril avşar awa awar awaz awero awesi axel axeline axelle axenia axinte ay aya ' +
  'ayaan ayah ayan ayana ayanda ayas ayaz ayaçı ayaş aybalta ayban aybars aybeğ aydan aydarkağan ' +
  'aydemir ayden aydoğan aydoğdu aydoğmuş aydın aydınalp ayebatari ayem aygül aygün aygırak ayhan ' +
  'ayinde ayinke ayize aykal aykan aykağan aykurt aykut ayla aylan ayleen aylin ayline ayluç ' +
  'ayluçtarkan ayma ayman aymane aymard aymardine aymen aymeric aymon aymonde aynur ayodeji ayodele ' +
  'ayoka ayomide ayomikun ayotude ayoub ayren ayruk aysar ayse aysılığ aytak aytaç aytekin aytuğ ' +
  'ayu ayushmati ayvaz ayyıldız ayıtmış ayız ayızdağ ayşıl aza azad azak azalea azalée azamat azban ' +
  'azeglio azelia azeline azelio azer azgan azganaz aziz aziza azizhan azmi azra azubuike azzurra ' +
  'azélie azîme azıl açela açelya açuk açık açılay açığ aïcha aïda aïdan aïna aïsha aïssa aïssata ' +
  'aïssatou aćim ağabay ağakağan ağalak ağlamış ağça aīda aļģirds aļģis aşan aşanboğa aşantudun ' +
  'aşantuğrul aşkın aştaloğul aşuk aşıkbulmuş aŭgustino aŭguĉjo baaba baala baalaaditya baalagopaal ' +
  'baba babacan babacar babasola babatunji babawale babeta babette babila babur babır bacco badabul ' +
  'bade badis badr badruk badur bafana bafode bagas bagiya bagus bagya baha bahadır bahar bahia ' +
  'bahodir bahri bahriddin bahrom bahtiyar bahula bahuraksa bahuwarna bahuwirya baidehi baijayanti ' +
  'bailee bailey bajragin bakary bakağul bakda bakhtiyor bakiadi bakianto bakidin bakijan bakiman ' +
  'bakiono baksı bakti baktiadi baktianto baktiono bakula bakır bakırsokum bakşı bala balaaditya ' +
  'balaban balachandra baladitya balagopal balagovind balaka balakatay balamani balamantri balamır ' +
  'balangga balapati baldassarre balderico baldo baldomero baldovino baldu baldwin balgopal balidin ' +
  'balijan balkık balta baltacı baltar baltazar balthazar baltur baltır balázs balçar balın bambang ' +
  'bambina bamsı banara banawa banawi bancar bandhu bandhul bangizwe bangu banji bankim ' +
  'bankimchandra bankole banna banu baptiste bara barak baraktöre baran barbara barbarigo barbe ' +
  'barbeğ barbol barbora barboğa barbro barbu barbulsun barchinoy bardo bardomiano bardıbay bargan ' +
  'barica baris barkan barkdoğdu barkdoğmuş barkdurdu barkdurmuş barkın barlas barlıbay barmaklak ' +
  'barmaklı barman barnaba barnabe barnabás barnabáš barnabé barney barno baron barrett barry ' +
  'barsaba barsbeğ barsboğa barsgan barsimeo barskan barsurungu bart barthelemy bartholome ' +
  'barthélemy bartimée bartolo bartolomea bartolomej bartolomeo bartolomeu bartoloměj barton bartu ' +
  'barça barçadoğdu barçadoğmuş barçadurdu barçadurmuş barçan barçatoyun barımtay barın barış bas ' +
  'basademir basan basanti basanyalavaç basar basarab basat basil basile basileo basilia basilio ' +
  'basilisse baskın basma basmıl bassiano bassilla bastiaan bastian bastiano bastien bastuğrul ' +
  'bastı basu basut bathilde batilda batrak battal battista batu batuhan batuk batur baturalp ' +
  'baudouin bawer baya bayankağan bayançar bayat bayazıt baybars baybayık baybiçen baybora bayboğa ' +
  'baybüre baydar baydemir baydur baykal baykara baykoca baykuzu baylee baymünke bayna baynal ' +
  'baypüre bayrak bayram bayraç bayruk bayrı bayrın baysungur baytara baytaş bayunçur bayur bayurku ' +
  'bayutmuş bayuttu bayık bayındır bayınçur baz bazil bazyli bazır baçara baçman baççayman bağa ' +
  'bağaalp bağan bağatarkan bağatengrikağan bağatur bağaturgerey bağaturipi bağatursepi ' +
  'bağaturçigşi bağaışbara bağaşatulu bağdagül bağtaş bağış baņuta başak başbuğ başgan başkurt ' +
  'başkırt baştar başçı baŭcido beata beato beatrice beatrico beatrix beatriz beatrycze beatus beau ' +
  'beaulah bebe becky bedir bedirhan bediz bedran bedreddin bedri bedřich bedřiška begi begil ' +
  'begine begitutuk beglen begni begoyim behiç behlül behram behrem behruz behzat behçet bek ' +
  'bekazıl bekbekeç beker bekeç bekeçarslan bekeçarslantegin bekeçtegin bekir beklemiş bekmurod ' +
  'bektaş bektür bela belek belemir belgi belgüc belimir belina belinda bella bellino belma belo ' +
  'beltir beltramo beltun belçim belçir ben bence bende bendegúz benedek benedetta benedetto ' +
  'benedict benedicte benedikt benedikta benedita benedykt benett bengi bengt bengü beniamin ' +
  'beniamina beniamino benice benigna benigno benito benja benjamim benjamin benjamín benjámin ' +
  'benli benlidemir bennet bennett bennie benno benny benoit benone benoît bent bente benthe ' +
  'bentley benton benvenuta benvenuto benyamin benício bera berardo berat berceste berdan berdibeğ ' +
  'berend berendey berengario berenice berenico berenika berfîn berginsenge bergü berinay berislav ' +
  'berit berk berkan berkay berke berkin berkiş berkyaruk bermek bernadetta bernadette bernadine ' +
  'bernard bernarda bernardo bernd berneice bernhard bernice bernie berniece bernita beronico ' +
  'berran berre berry bert berta bertalan bertha berthe berti bertille bertilo berto bertold ' +
  'bertolda bertoldo bertolfo bertram bertrand berva beryl berçem berçin berîtan berîvan besentegin ' +
  'besim besra bessie betania betemir beth bethany bethel beti betina betsy betta bette bettie ' +
  'bettina betty bettye beulah beuve beverly beya beyizçi beyrek beyrem beáta beçeapa beçkem beāte ' +
  'beğ beğarslan beğbars beğbilgeçikşin beğboğa beğdemir beğdilli beğdurmuş beğkulu beğtaş beğtegin ' +
  'beğtüzün beğçur beňadik beşar beşer beşir bhaanumati bhaasvan bhaaswar bhadra bhadrak bhadraksh ' +
  'bhadran bhagavaan bhagirathi bhagvan bhagwanti bhagwati bhamini bhanumati bharadwaj bharat ' +
  'bhardwaj bhargava bhargavi bhasvan bhaswar bhaumik bhavani bhaves bheeshma bhekimuzi bhekizizwe ' +
  'bhekumbuso bhilangana bhima bhisham bhishma bhoj bhoopat bhoopati bhooshan bhooshit bhramar ' +
  'bhudev bhudeva bhupati bhupen bhushan bhushit bhuvanesh bhuvaneshwar biagio bianca bianka bibek ' +
  'bibi bibiana bibianna bibiano bibiána bice bigna bijay bikash bilal bilel bilge bilgebayunçur ' +
  'bilgebeğ bilgekan bilgekağan bilgekutluk bilgekülüçur bilgetamgacı bilgetardu bilgetaçam ' +
  'bilgetegin bilgetonyukuk bilgez bilgeçikşin bilgeışbara bilgeışbaratamgan bilgin bilgiç bilig ' +
  'biligköngülsengün bilik biljana billie billy bilol bilva bilwa bilâl bina binafsha binbeği ' +
  'bindir bindo bineta bino binta bintou birane birdie birgit birgita birgitta birgitte birino ' +
  'birjesh birol bisenija biserka bishal bishnu bivoj biçek bjarne bjorn björn bjørn blagica ' +
  'blagoje blahomil blahomila blahomír blahomíra blahoslav blahoslava blair blaise blake blanca ' +
  'blanche blandine blanduzia blanka blaze blaž blažej blažena bo boas boaz bob boban bobana bobbi ' +
  'bobbie bobby bobur bodhan bodhi bodi boet bogdan bogdana boglárka bogoljub bohdan bohdana ' +
  'bohuchval bohumil bohumila bohumír bohumíra bohun bohuna bohuslav bohuslava bohuš bohuše ' +
  'bohémond bojan bojana bojislava bolatito boldaz boldizsár bolemír boleslav boleslava bolmuş ' +
  'bolsun bolun boluwatife bon bonagiunta bonaldo bonaventura bonavita boncuk bonginkosi bongul ' +
  'bongulboğa boniface bonifacio bonifác bonita bonito bonnie bora boran borbála borek boris ' +
  'borislav borislava borivoje borjan borka borko borlukçu borna bornak bortolo borut borys borçul ' +
  'boróka bosiljka botan botir botond bouba boubacar boubou bouchard bouchra bowie boyan boyankulu ' +
  'boyd boylabağa boylabağatarkan boylakutlutarkan bozan bozbörü bozdoğan bozkurt bozkuş bozok boğa ' +
  'boğaç boğaçuk boļeslavs bořek bořislav bořislava bořivoj boško boža božena božetěch božetěcha ' +
  'božica božidar božidara božislav brad braden bradford bradley bradly brady braeden brahim brahma ' +
  'brahmaanand brahmabrata brahmanandam brahmdev brajan brajendra brajesh bram brancaleone brandi ' +
  'brando brandon brandt brandy brandyn branimir branimira branimír branimíra branislav branislava ' +
  'branka brankica branko brannon branson brant bratislav bratislava braulio braxton brayan breana ' +
  'breanna breanne brenda brendan brenden brendon brenn brenna brennan brennon breno brent bret ' +
  'brett bria briac brian briana brianne brice bridget bridgette bridie brielle brieuc brigida ' +
  'brigita brigito brigitta brigitte brijesh brionna brisa brit brita britney britt britt-marie ' +
  'brittany brock broderick brody bronislav bronislava brook brooke brooklyn brooks broņislavs ' +
  'bruce bruna brune brunehaut brunehilde brunhilda brunilde bruno bruto bryan bryana bryant bryce ' +
  'brycen brygida bryon brájen buchi bucur bud budak budağ buddha buddhana budhil budi budimir ' +
  'budimír budislav budivoj budunlu buford buhle bukak bukaktutuk bukola bulah bulak bulan ' +
  'bulaçapan buldur bulgak bulmaz bulmuş buluk bulut buluç buluğ buluş bumın bunmi bunsuz burak ' +
  'burdette burguçan burhan burhon burkay burley burnice burslan burulday burulgu burunduk burçak ' +
  'busayo busisiwe buster butak butuk buyan buyandemir buyankara buyançuk buyat buyraç buyruk ' +
  'buyruç buzaç buzaçtutuk buçan buçur buğday buğra buğrakarakağan buşulgan byron bystrík bào bá ' +
  'bách bálint bárbara bâki béatrice béla bénigne bénédicte béranger bérangère bérard béryl ' +
  'bérénice bêrîtan bình bíborka bích bögde böge bögü bökde böke bölen bölükbaşı bönek bönge ' +
  'börteçine börü börübars börüsengün büdüs büdüstudun bügdüz bügdüzemen büge bügü bükdüz büke ' +
  'bükebuyraç bükebuyruç bükey büktegin büküşboğa bülent bümen bünyamin bünül büre bürgüt bürkek ' +
  'bürküt bürlük büğübilge bārbala bănel băng běla bıdın bıtaybıkı bıtrı bıçkı bıçkıcı błażej ' +
  'břetislav břetislava cade caden caesar caetana cafer cagak cager cahid cahya cahyadi cahyanto ' +
  'cahyo cahyono caino caio caitlin caitlyn caius caket cakrabirawa cakrabuana cakrajiya cakrawala ' +
  'cakrawangsa calanico calcedonio cale caleb calebe caleigh cali calin calina calista calixte ' +
  'callie callisto callum calogera calogero calpurnia calvin cam camden camelia cameron camil ' +
  'camila camilia camilla camille camillien camillo camren camron camryn camylle camélia camélien ' +
  'cana canalp candace candelario candice candida candide candido candra candrakanta canel caner ' +
  'cangül canh cankan cannur cansel cansu cansın cantemir cantidio canziano cao capa capitolina ' +
  'capucine cara caraka carey caribert caridad carina carine carissa carl carla carlee carles ' +
  'carleton carley carli carlie carlijn carlo carloman carlos carlota carlotta carlton carmel ' +
  'carmela carmella carmelo carmen carmina carmine carminho carmo carol carola carolanne carole ' +
  'carolin carolina caroline carolyn carolyne caronte carponio carrie carroll carson carter carub ' +
  'cary cas casandra casey casian casiana casilda casimer casimir casimira casimiro caspar casper ' +
  'cassandra cassandre cassiano cassidy cassie cassien cassio cassiopea cassiopee castille casto ' +
  'cataldo cataleya catalin catalina catarina catena caterina catharina catharine catherine ' +
  'cathrine cathryn cathy catinca cato catrin catrina catrinel catullo catur caturangga cauã cavid ' +
  'cawisadi cawisono cawuk cayadi cayla cazimir ceasar cebe ceca cecco cecelia cecep cecil cecile ' +
  'cecilia cecilie cecilio cecylia cecyliusz cecília cecílie cedric cedrick cedrik cedrin celal ' +
  'celasun celeste celestin celestina celestine celestino celestýn celestýna celia celian celie ' +
  'celil celina celine celinia celso celâleddin cem cemal cemali cemani cemeti cemil cemplunk cene ' +
  'cengkal cengkir cenk cerasela ceren cerise cesar cesare cesario cevahir cevat ceyda ceyhun ceyla ' +
  'ceylan ceylin ceylinaz cezar cezara cezary cezmi chaanakya chaaruchandra chad chadd chadrick ' +
  'chahine chahinez chaim chaitan chakor chakradhar chakravartee chakravarti chakrika chanakya ' +
  'chanda chandak chandan chandani chandi chandini chandira chandler chandni chandra chandraayan ' +
  'chandrabhaga chandrabhan chandradev chandrakala chandraketu chandrakin chandramani chandramauli ' +
  'chandramohan chandran chandranath chandrani chandraprabha chandraswaroopa chandravati chanel ' +
  'chanelle chantal chapal chapala charak charl charlaine charleen charlemagne charlene charles ' +
  'charley charli charlie charline charlize charlotta charlotte charly charlène charuchandra ' +
  'charumati charuvrat charvi chasity chaten chatur chatura chaturaanan chaturbhuj chauncey chaya ' +
  'chayenne chayma chaz chaï chaïma cheick cheick-oumar cheikh cheikhou chekhouna chelsea chelsey ' +
  'chelsie cherechi cherif cherubino cheryl chesley chester chet chetan chetanaanand cheyanne ' +
  'cheyenne chi chiaffredo chiamaka chiara chidaakaash chidaatma chidambar chidambaram chidananda ' +
  'childebert chilpéric chimamanda chinedu chinh chinmayanand chinmayananda chinyere chira ' +
  'chiranjeev chiranjeeve chiril chirill chirine chisom chitraksh chitrali chitramala chitrangada ' +
  'chizoba chiêu chloe chloé chrabroš chraniboj chranibor chranislav chranislava chris christ ' +
  'christa christelle christer christiaan christian christiana christiane christiano christie ' +
  'christin christina christine christodule christoffer christop christoph christophe christopher ' +
  'christy chrudoš chrysole chrysostome chrétien chukwu chung chuyên chval chyna chánh châu chí ' +
  'chính ciaobella ciara cicero cici cielo cierra cihad cihan cihangir cihanşah cilvenaz cindy cino ' +
  'cinta cinthia cinzia ciprian cipriana cipriano cirano ciriaco ciril cirilla cirillo cirino ciro ' +
  'citlalli citra civan claas claes clair claire clara clarabelle clare clarence clarenzio clarisa ' +
  'clarissa clarisse clark claud claude claudia claudie claudien claudine claudio claudiu claus ' +
  'clavdia clayton clea cleandro clelia clelie clemence clemens clement clemente clementina ' +
  'clementine clemenzia clemmie cleo cleofe cleonico cleopatra cleophee cleora cleta cletus cleve ' +
  'cleveland clifford clifton climaco clinio clint clinton clio clodomiro clodoveo cloe clorinda ' +
  'clotaire clothilde clotilde clovis cloyd cloé clyde cléa cléandre clélie clémence clément ' +
  'clémentine cléo cléophée cléry coby coco codin codrin codrina cody coen cointa colby cole ' +
  'coleman colette colin coline colins colleen collien collin colmanno colmazio colomba colombano ' +
  'colombe colombo colt colten colton columbus concepcion concepción concetta concetto conchita ' +
  'concordio conner connie connor conor conrad consolata constance constanta constantia constantin ' +
  'constantina constança constatin consuela consuelo cooper cora coralia coralie coraline corbin ' +
  'corbiniano cordelia cordell cordia cordie corene coreno corentin corentine corey corina corine ' +
  'corinna corinne coriolano cornel cornelia cornelio cornelis corneliu cornelius cornell coronato ' +
  'corrado corrine cortez cortney corto corvin cory cosima cosimo cosma cosmin cosmina costache ' +
  'costante costantino costanza costanzo costel costin coty coumba courtney coy coşkun coşkuner ' +
  'craig crawford cremenzio creola crescente crescenzia crescenzio crespignano crin crina crispino ' +
  'cristal cristaldo cristea cristian cristiana cristiano cristin cristina cristián cristobal ' +
  'cristofor cristoforo cristopher cristóbal crocefissa crocefisso cronida cruz crystel csaba ' +
  'csanád csenge csongor ctibor ctibora ctirad ctirada ctislav ctislava cullen cumhur cunegonda ' +
  'cung cuniberto cupido curt curtis cuzia cvetka cvijan cvijetin cydney cynthia cyntie cyprien ' +
  'cyprián cyra cyrian cyriaque cyrielle cyril cyrila cyrille cyrine cyrus cyryl cát cândar cécile ' +
  'cédric céleste célestin célestine célia célian célien céline césaire césar cézar cîhan côme công ' +
  "cúc cübeyr cüneyt călin cătălin cătălina cılasun d'angelo daan daantje dabiživ dacian daciana " +
  'daciano dacin dacio dada dadap dadi dado daevi daevika dafina dafne dag dagel dagmar dagmara ' +
  'dagmāra dagoberto dahlia daiana daija dainuvīte daisha daisy daiwik dajana dakota daksha ' +
  'dakshayani dale daley dalia dalibor dalibora daliborka dalida dalie dalila dalima daliman ' +
  'dalimil dalimila dalimin dalimír dalimíra daliono dalla dallas dallin dalmazio dalton damar ' +
  'damaris damaso damayanti dame dameon damian damiana damiano damien damife damil damilare ' +
  'damilola damin damion damir damián damiána damjan damjanka damla damocle damodara damola damon ' +
  'damu dan dana danae danang dandak dandapaani dandre dane dangelo danh dani dania danial danica ' +
  'daniel daniela daniele daniella danielle danielo daniil danijel danijela danika danil danila ' +
  'danilo danio danique daniswara daniël danjuma danka danko dannie danny dante danu danuja danuta ' +
  'danuše dany danyka danyl dao daouda daphne daphnee daphney daphné dara darasimi darby darcy ' +
  'darek daren daria darian dariana dariati darie darien darija darijan darimin darin darina darine ' +
  'darinka dario darion daris darius dariusz darja darko darla darleen darlene darmaji darman ' +
  'darmana darmanto darnell daron darrel darrell darren darrick darrin darrion darron darryl ' +
  'darshan darshwana darsirah dartono daru daruna darwin daryani daryl dasa dashawn dasia datta ' +
  'dave davey davi david davida davide davin davina davino davion davon davonte davor davorin ' +
  'davriya davron davud davy dawid dawson dax dayaamay dayaananda dayaanidhi dayamayee dayan dayana ' +
  'dayane dayna dayne dayton dağhan de dea dean deangelo deanna deb debbie debora deborah debra ' +
  'decebal decimo declan dedric dedrick dee deeksha deen deenabandhu deepali deepan deepankar ' +
  'deependra deepesh deepika deeptanshu deeptendu deeptiman deeptimay deeptimayee deeptimoy ' +
  'deeptimoyee deevakar defne degna deion deja dejah dejan dejana dejon dejuan del delal delaney ' +
  'delbert delfina delfino delia delie delilah delinda delizia dell della delmer delores delpha ' +
  'delphia delphin delphine delta demarco demarcus demario demba demet demeter demetra demetria ' +
  'demetrio demetris demetrius demetriusz demi demilade demiralp demirhan democrito demond ' +
  'demostene dena deneval denis denisa denise denisz deniz denizalp dennis denny deodata deodato ' +
  'deon deondre deontae deonte dereck derek derick derin deron derrick derviş derya desanka ' +
  'desdemona deshaun deshawn desiderata desiderato desiderio desimir desiree desmond despina dessie ' +
  'destan destany deste destin destinee destiney destini destiny dev devadatt devagya devajyoti ' +
  'devak devan devangana devani devante devasree devdan deven devesh deveshwar devi devika devin ' +
  'devon devonte devota devran devvrat devyn dewayne dewey dewi dewitt dex dexter dexx dezider ' +
  'dhaanyalakshmi dhana dhanadeepa dhanalakshmi dhananjay dhanapati dhanesh dhanpati dhanu dhanvin ' +
  'dhara dharani dharitri dharmaketu dhatri dhruv dhyanesh dhyaneshwar di diah diamante dian diana ' +
  'diane dianna dianne dianora diar diara diarra dicle diclehan dida didem didier didimo didina ' +
  'diede diego dieke dieter dieudonné dieudonnée dieynaba digambar digambara digdaya dijana dikmen ' +
  'diksha dilafruz dilan dilara dilaver dilay dilbar dilber dilberay dildar dildora dildâr dilek ' +
  'diler diletta dilfuza dilhan dillan dillon dilmurod dilnoza dilorom dilovan dilrabo dilruba ' +
  'dimas dimaz dimitri dimitrii dimitrij dimitrije dimitrina dina dinakar dinda dinesh dinh dinis ' +
  'dinkar dino dinu dinç dinçer diocleziano diodata diodoro diogene diogo diomede dion dione ' +
  'dionigi dionisia dionisio dionizy dionýz dionýzos dior dipa dipali dipankar dipendra dipesh ' +
  'diptendu direnç diri dirja dirk dita ditte-marie ditya divaakar divakar diviš diviška divjot ' +
  'divna divo divya dixie diyor diyora dizik diána diên diāna djayden djeneba djenna djibril dluhoš ' +
  'dmitri dmitrii doanh dobrava dobrila dobromil dobromila dobromír dobromíra dobroslav dobroslava ' +
  'dochia doda dodato dodo doina doinita dolly dolores dolunay domagoj domen domenic domenica ' +
  'domenick domenico domenik domezio domingo dominic dominick dominik dominika dominique domitille ' +
  'domiziano domnica don dona donald donalda donaldo donat donata donatella donatello donato ' +
  'donavon donka donna donnell donnie donny dono donát donáta dora dorana dorcas doreen dorel ' +
  'dorian doriana doriane doriano dorica dorin dorina dorine dorinel doris dorit dorián dorka dorli ' +
  'dorota dorotea doroteja doroteo dorothea dorothy dorothée dorottya dorris dortha dorthe dorthy ' +
  'doru doubrava doubravka douce doug douglas dounia douwe dov dovie dovud doyinsola doyle doğan ' +
  'doğanay doğaner doğu draga dragan dragana dragica draginja dragiša drago dragoje dragojlo ' +
  'dragoljub dragomir dragos dragoslav dragutin drahomil drahomila drahomír drahomíra drahoslav ' +
  'drahoslava drahotín drahotína drahoň drahoš drahutin drahuše drajat drake draupadi draža dražen ' +
  'dren drina driss dron drona druina držimir držislav du dua duane duanne duarte dubravka dubravko ' +
  'duccio duco ducu dudley duduzile duilio duje dujo dulari dulce dulcinea dulina dumisani dumitra ' +
  'dumitrana dumitrita dumitru duncan dune dung dunja durante durdona durga durgeshwari durmuş ' +
  'durodola duru dururbunsuz durward dustin dusty duuk duy duygu duyên dušan dušana dušanka dušica ' +
  'duška duško dwaipayan dwaipayana dwayne dwi dwight dyah dylan dylano dyna dzirkstīte dzīle ' +
  'dániel dávid dáša dân dâver dã débora désiré dêrsim dîcle dîlan dîroj dîrok dóra döndü dündar ' +
  'dünya dürdane dürriye dāgs dārta dāvids dāvis děpold dětmar dětřich dũng ea earl earlene earline ' +
  'earnest earnestine easter easton ebba ebe eberardo ebiere ebin ebiowei ebkızı ebony ebren ebru ' +
  'ebunoluwa ebuzer ecaterina ecclesio ece ecehan ecem ecevit ecmel ecrin ecvet ed eda edd edda ' +
  'eddi eddie eddy ede edelberga eden edgar edgard edgardo edgaro edgars edhem edi edil edilberto ' +
  'edison edita edith editta ediz edmond edmondo edmund edmée edna edoardo edouard eduard eduarda ' +
  'eduardo eduards edvard edvarda edvige edvin edvín edvīns edward edwardo edwin edwina edyta edyth ' +
  'edythe edīte edžus eef eefje eekalabya eero eeva efe effie efim efimia efisio efken eflah efraim ' +
  'efrain efrem efren efrosinia efsun eftalya eftimia eftimie ega ege egemen egeo egidio eginardo ' +
  'egisto egizia eglantine egle egmont egon egona egor egīls eileen einar eino einārs eirik eižens ' +
  'eja eka ekaaksh ekadant ekaksh ekalavya ekaling ekaparnika ekdant ekeç ekim ekin ekmel eko ekow ' +
  'ekrem ekundayo el ela eladio elaide elaina elaine elakshi elanur elbek elbert elda eldon eldor ' +
  'eldora eldred eldridge elea eleanor eleanora eleanore eleazar electa elektra elena eleni elenor ' +
  'elenora eleonora eleonore eleonoro eleonóra elettra eleuterio elfrieda elfrída elfrīda elgin eli ' +
  'elia eliabeth eliah eliahou elian eliana eliane eliano elias eliasz elide elie eliel eliette ' +
  'eliezer elif elifio eligio elija elijah elimena elin elina eline elinor elinore elio eliodoro ' +
  'elion eliona elior eliot eliott elisa elisabet elisabeta elisabeth elisabetta elisaveta elise ' +
  'elisea eliseo elisha elissa elita eliza elizabet elizabeta elizabeth elizabeto elizaveta elize ' +
  'elizej elizeus elizo eliáš eliška elka elkin ella ellada elle ellen ellen-margrethe elli ellie ' +
  'elliot elliott ellis ellsworth elly elma elmar elmas elmer elmira elmo elmore elmurod elmārs ' +
  'elmīra elna elnora elnur eloan eloane elodia elodie elody elogio eloi eloisa eloise elon elona ' +
  'elone elora elouan elouise eloy eloá eloïse elpidio elroy elsa elsbeth elsie elta elti elton ' +
  'eluh elva elvan elvera elvezio elvia elvie elvin elvina elvino elvira elvire elvis elvíra elvīra ' +
  'elwin elwira elwyn elya elyanora elyas elyes elyne elynn elyor elyse elyssa elyès elza elçin ' +
  'elène eléa eléanore eléonore elías elísio elīna elīza elżbieta ema eman emanoil emanuel emanuela ' +
  'emanuele emanuelly emanuil emas embuh emced emeka emel emelia emelie emeline emely emerald ' +
  'emerich emerson emery emese emi emidio emie emiel emil emile emili emilia emilian emiliana ' +
  'emiliano emilie emilien emilija emilijan emilio emilián emily emin emine emir emirhan emma ' +
  'emmalee emmanuel emmanuelle emmelie emmely emmerico emmet emmett emmi emmie emmitt emmy emna ' +
  'emong emory empirio empluk emrah emre emrullah emy emília emílie emīlija emīls ena enakshi endah ' +
  'ender enderun endra endrigo enea enecone enes engelbert engin enguerrand enid enie enimia enio ' +
  'eniola enis enise enna ennio enno enoch enola enora enos enrica enrico enrique ensar ensio ' +
  'enteng enver enya enyo enzo ephraim ephraïm eracla eraclide eraldo eralp erardo erasmo erast ' +
  'eray erazim erazmus erberk erberto ercan ercolano ercole ercüment erda erdal erdem erdeni ' +
  'erdenikatun erdeniözük erdinç erel eremia eren erenia erentüz ergene ergenekatun ergin ergün ' +
  'ergüner erhan erhard eriberto eric erica erich erick ericka erico erik erika erin erine erinç ' +
  'erke erkki erkâm erkân erling erma erman ermanno ermelinda ermen ermenegarda ermenegilda ' +
  'ermenegildo ermes ermete ermilo erminia erminio ermīns erna ernest ernesta ernestina ernestine ' +
  'ernestino ernesto ernestīne erneĉjo ernie ernst erol eron eros ersilia ersin ertan erten ' +
  'ertenözük ertuğrul ervin ervín ervína ervīns erwan erwann erwin eryn erçin erşan esat esaù esben ' +
  'esen esenbike eser esha eshana eshita esi esin esma esmee esmeralda esmeray esmira esmée ' +
  'esperanza esra esse essie esta esteban estefania estefanía estel estela estell estella estelle ' +
  'ester estera esterina estevan esther estiawan estiono estrella esuperio esupofo eszter etela ' +
  'eterie etha ethan ethann ethel ethelyn ethem ethyl etienne etil ettie ettore eubert euclide ' +
  'eudes eudochia eudokia eudoksja eudora eudoxe eudoxie eufebio eufemia eufemio eufrasia eufronio ' +
  'eufrosina eufrozina eufrozína eugen eugene eugenia eugenie eugenio eugeniu eugeniusz eugène ' +
  'eugénia eugénie eula eulah eulalia eulalie eulálie euna eunice eunika euphrasie euridice ' +
  'eurydice eusebia eusebie eusebio eusebiu eusebius euseo eustache eustorgio eustosio eustracjusz ' +
  'eusèbe eusébie eutalia eutalio eva evald evaldo evalyn evan evandro evangelina evangeline ' +
  'evanghelina evann evans evar evarist evaristo evasio evdochia evdokija eve evelien eveliina ' +
  'evelin evelina eveline evelino evelyn evelyne evelína evelīna everardo everett everette evert ' +
  'evgheni evghenia evghenii evi evidio evie evin evo evodio evran evremondo evren evy evîn evşen ' +
  'evžen evženie ewa ewald ewan ewatomi ewelina ewell ewen ewenn eya eyal eyiz eylül eymen eyram ' +
  'eytan eythan eyüp eyşan ezechiel ezechiele ezekiel ezequiel ezio ezra ezrak eğrim eşref faas ' +
  'fabia fabian fabiana fabiano fabie fabien fabienne fabijan fabio fabiola fabián fabiána fabiënne ' +
  'fabrice fabrizio fabrícia fabrício fadekemi faderera fadi fadime fady fadıl fae fahrettin fahri ' +
  'fahriddin fahriye fahrünissa faik faiq faizah falba falk famiano famke fanika fanni fannie fanny ' +
  'fanta fantin fantine fanyana fara farah farangiz fardau farhunnisa farida faris farouk farruh ' +
  'faruk farès fasih fathonah fatih fatim fatima fatimata fatimo fatin fatma fatou fatouma ' +
  'fatoumata fatoş faust fausta faustin faustina faustine faustino fausto faustýn faustýna favian ' +
  'fay faya faye fayen fayenne faysal fayzbek fazilat fazilet fazio fazliddin fazlı fazullah fazıl ' +
  'febe febi febriana febrina feda fedai fedde fedele federica federico fedor fedora fedro fehime ' +
  'fehintola fehmi felice felicia feliciano felicie felicien felicita felicitas felicity felicián ' +
  'feliks felina feline felipa felipe felix felton felícia felície fem femke femm fender fenja ' +
  'fenna fenne feodor feodora feodosia ferah feramuz feramuş feray ferda ferdi ferdinand ferdinanda ' +
  'ferdinando ferdynanda ferenc ferhan ferhat feride feridun feriel feriha ferit ferman fermiano ' +
  'fermin fermo fern fernanda fernando ferne ferre ferruccio ferruh feruza feryel festo fevronia ' +
  'fevzi feyyaz feyza feyzullah fiacre fiammetta fibikemi fidan fidel fidelie fidelius fidenziano ' +
  'fidenzio fidèle fieke fien fiene fiep fiete figen fiifi fikayomi fikret fikri fikriye filemon ' +
  'filibert filiberto filip filipa filipe filipino filipp filippa filippo filiz filofteia filomen ' +
  'filomena filomeno filoména filotije filou fily finia finja finlay finley finn finnja finnley ' +
  'fiodor fiona fionn fiordaliso fiore fiorella fiorenza fiorenziano fiorenzo firas firdavs firdevs ' +
  'firmin fitrat fitri fitria fitriani flaminia flavia flaviana flaviano flavie flavien flavio ' +
  'flaviu flavius flavián fleano fleta fletcher fleur flo floare floarea flodoard floortje flor ' +
  'flora flore florea florence florencia florencio florencja florent florentin florentina ' +
  'florentine florentýn florentýna florestan florian floriana floriane floriano florica florida ' +
  'floridia florie florin florina florine floris florián flossie floy floyd flurin flurina flynn ' +
  'flóra foca fode folafoluwa folashade folco folu ford forrest fortunata fortunato fortunát ' +
  'fortuné fortunée fos fosca fosco foss fotih fotima foucauld foulques fran franc franca france ' +
  'frances francesca francesco francette franci francia francine francis francisc francisca ' +
  'francisco francisko francisque franciszek franciszka franck franco francois franjo franka ' +
  'frankie franklin františek františka franz franziska françois françoise fred freda freddie ' +
  'freddy frederic frederica frederick frederico frederik frederike frederiko frederique fredrick ' +
  'fredrik fredy freeda freek freeman freida freja frenkie freya frida frido fridolin fridolín ' +
  'fridrich frieda friederike friedrich fritz frontiniano frusina fruzsina fryderyk fráňa frédéric ' +
  'frédérique frída frīda fuat fulbert fulberto fulcran fuldem fulden fulgence fulgenzio fulvia ' +
  'fulvio fulya funani funda funmilade funmilayo furio furkan furkân furman furseo fuscolo fuzuli ' +
  "fynn fábio fâlih féba félicie félicité féline félix füreyya füruzan füsun g'affor g'afur g'iyos " +
  "g'ulom gabe gabi gabin gabino gabriel gabriela gabriele gabriella gabrielle gabrielo gabrijela " +
  'gabriël gad gada gadang gading gadis gaduh gael gaetan gaetano gaffar gagan gage gaglioffo gaia ' +
  'gail gaiman gaio gaj gaja gajaadhar gajabahu gajadhar gajana gajbaahu gala galak galang galar ' +
  'galatea galdino galeazzo galfryd galih galileo galina galiono gallicano galuh galur gaman gamani ' +
  'gamanto gambira gamblang gamze ganak ganaka ganapati ganda gandewa gandharv gandharva gandi ' +
  'gandolfo ganep ganesh ganesha gangesh gangsa gangsar ganjaran gantar gara garan garance garang ' +
  'garda gardner garett garfield garik garika garimberto garland garnet garnett garnier garret ' +
  'garrett garrick garrison garry garth garud garuda gary gaspar gaspard gaspare gasti gaston ' +
  'gastone gastono gati gatien gatik gatot gatra gatsha gaud gaudenzia gaudenzio gaudino gauraang ' +
  'gaurang gauranga gautam gautama gautami gauthier gautier gautiero gavin gavino gavril gavrilo ' +
  'gavxar gawati gayatri gaye gayle gazanfer gazi gaétan gaël gaëlle gaëtan gaïa gašpar gašper ' +
  'gbadebo gbeminiyi gbemisola gbolahan gbowoade geanina gedeon gedeone geeta geetanjali gejza ' +
  'gelila gelin gelincik gellért gelsomina geltrude gelu gema gemine gemini geminiano gemma genadij ' +
  'gencer generosa generoso genesia genesio genesis geneva genevieve geneviève gennaro genoveffa ' +
  'genoveva genta gentile genziano geo geoffrey geoffroy georg george georgel georges georgeta ' +
  'georgette georgia georgian georgiana georgianna georgije georgina georgo geovanni geovanny ' +
  'geovany gerald geralda geraldina geraldine gerard gerarda gerardina gerardo gerasim gerasimo ' +
  'gerazim gerazym gerberge gerbert gerda geremia gergely gergő gerhard gerharda gerino germain ' +
  'germaine german germana germano germán gerolamo geronimo geronzio gerrit gerry gerson gertrud ' +
  'gertruda gertrude gertrudo gertrúda gervais gervasio gesualdo geta gevheri ghaliyati ghanaanand ' +
  'ghanashyam ghani ghanshyam ghenadi ghenadie ghennadi gheorghe gheorghi gheorghii gheorghina ' +
  'gherardo gherghina gherman ghislain ghita gia giacinta giacinto giacobbe giacomo giada giadero ' +
  'giambattista gian gianbattista giancarlo giandomenico gianfranco giang gianina gianluca ' +
  'gianluigi gianmarco gianmaria gianmario gianna gianni gianpaolo gianpiero gianpietro gianuario ' +
  'giao giasone gibran gicu gică gideon giel gifty gigi gigliola gijs gil gilang gilbert gilberta ' +
  'gilberto gilda gildo giles giliola gilles gillian gillo gina gineto ginevra ginewra ginger gino ' +
  'gioacchina gioacchino giobbe gioberto gioconda giocondo gioele gioia gion giona gionata giordano ' +
  'giorgia giorgian giorgiana giorgio giosuele giosuè giotto giovani giovanna giovanni giovanny ' +
  'giove gioventino giovenzio girardo girart giray giri girija girik girika girindra giriraaj ' +
  'giriraj girish girja girolamo gisela gisella gislebert gisselle gisèle gita gitanjali gitte ' +
  'giuda giuditta giulia giuliana giuliano giulio giulitta giuseppa giuseppe giuseppina giusta ' +
  'giustiniano giusto gizela gizem giác giáng giáp gladyce gladys glauco gleb glen glenda glenn ' +
  'glenna glennie gligorije gloria glorie gobinda godeberta godfrey godiva goffredo gojko golda ' +
  'golia golub gomberto gonca gondebaud gondulfo gonerio gonsalwy gonthier gontran gonzaga gonzague ' +
  'gonzalo gonçalo gopaal gopal gopee gopi gorakhanatha gorakhnath goran gorana goranka gorazd ' +
  'gordan gordana gordiano gordon gosto goswamee goswami gothard gottardo gottfried gotum goundo ' +
  'gouranga goutam govinda gracie graciela graciliano gracián graciána gracja gradimir grady graham ' +
  'granville grato grayce grayson grazia graziana graziano graziella gražina greg gregg gregoire ' +
  'gregor gregoria gregorian gregorio gregory greta gretchen greyson grga grgo grgur griffin ' +
  'grigore grigori grigorije grimaldo griselda grizelda grover grozdana gry grzegorz grácie grâce ' +
  'grégoire gréta guadalupe gualberto gualtiero gudakesa gudakesha gudrun gudrīte guelfo guenda ' +
  'guendalina guenièvre guerrino guglielmo gui guiberto guido guilhem guilhemine guilherme ' +
  'guillaume guillemette guillermina guillermo guiscardo guiseppe gula gulbahar gulbaxor gulchexra ' +
  'gulistan guljamol guljaxon gulnora gulnoza guloy gulseren gulsora gulzira gulzoda gumesindo ' +
  'gundelinda gunilla gunnar gunnel gunner gunter gunārs gurdev guru gus gussie gust gustav gustava ' +
  'gustave gustavine gustavino gustavo gustáv guus guusje guyot guérin gvendolina gvendolína ' +
  'gvozden gwen gwenaëlle gwendoline gwendolyn gwido györgy gábor gál gédéon gérald gérard géraud ' +
  'géza gökalp gökben gökbörü gökmen göknur gökçe gökçegöl gökçen gökçiçek gökşin gönenç göngör ' +
  'gönül göran görkem görün gözde gúbio güher gül gülay gülbahar gülben güldem gülden güldeste ' +
  'gülegen gülemen gülen güler gülgün gülhan gülnaz gülpembe gülriz gülsen gülsüm gültekin gülçin ' +
  'gülümser gülşen gümüş gün günay gündoğdu gündoğmuş güner güneş güngör güniz günnur günsel ' +
  'günseli günyaruk günçiçek gürbüz gürcan gürdal gürhan gürkan gürol gürsel güven güvenalp ' +
  'güvercin güzey gıyas gűnter habbab habib habiba habil haby hacib hadi hadja hadley hadriel ' +
  'hadrien hafi hafid hafsa hafshah hafız hagen hailee hailey hailie hairyanto hajar hakan hakem ' +
  'haki hakim hakkı hal haldun hale haleigh haley halie halil halim halima halina halit halle ' +
  'hallie haluk hamdi hamdullah hamed hami hamid hamidou hamima hamish hamit hammâd hamsini hamza ' +
  'hamzah hana hanae hanaé handan hanefi hanga hani hania hanifa hank hanna hannabel hannah hanne ' +
  'hannele hannes hanno hannu hans hans-peter hans-rudolf hans-ulrich hansjörg hanspeter hansruedi ' +
  'hansueli hanuš haralamb haralambie harald hardana hardi hardouin hardy hari harimurti harinakshi ' +
  'harinarayan harit harita harja harjasa harjaya harjo harley harmon harold haron haroun harouna ' +
  'haroune harper harriet harrison harry harsana harsanto harsaya hartaka hartana harto harun ' +
  'harvey hasan hasano haseki hasibi hasim hasin haskell hasna hassan hassane hassie hasta hatem ' +
  'hatip hatouma hattie hattâb hauke hava havel haven havla hawa hawar haya hayal hayali hayat ' +
  'hayati haydar hayden haylee hayley haylie hazan hazar hazel hazle hazım haïm haşim haşmet haštal ' +
  'heath heather heber hector heda hedda hedi hedvig hedviga hedvigo hedvika heema heidi heidrun ' +
  'heikki hein heinrich heinz heitor heja hektoro helen helena helene heleno helga helie helin ' +
  'helios helle hellen helmer helmut heloise heloísa heloïse helèna helène helēna henderson hendra ' +
  'hendri hendrik hendrika hennes henning henri henrich henrick henrie henrieta henrieto henrietta ' +
  'henriette henrik henrike henrique henry henryk henryka heracleea herbert herberta herluin herman ' +
  'hermann hermenegildo hermina hermine herminia herminio hermiono hermína hermīne hernán hershel ' +
  'herta hertha heru hervé heryanto hester hesti hettie heval heřman hiba hicabi hicham hidaya ' +
  'hidde hieronim hikmat hikmet hilaire hilal hilar hilario hilarion hilarius hilary hilbert hilda ' +
  'hildebert hildegard hillard hillary hillel hilma hilmi hilola hilton himadri himani himawan ' +
  'himmet hincmar hind hipolit hipolito hippolyte hira hiram hiranmay hiranmaya hiranya hiên hişam ' +
  'hjalmar hlengiwe hoa hoan hobart hojimurod holden hollie hollis holly homer homero homér honore ' +
  'honorine honorius honoré horace horacio horacy horea horia horst hortense hortensia hortensie ' +
  'hortenzia hortenzie horymír horymíra horác hosea hosiyat hostimil hostimila hostimír hostimíra ' +
  'hostislav hostislava hostivít houda houston hovard howard howell hoyt hozan hoài hoàn hoàng hoán ' +
  'hrvoj hrvoje hrvojka hubert huberto hud hudson hugh hugo hugues huguette hulda hulki hulusi ' +
  'humaira humay humberto hunor hurram hurshida hurşit husein husida husnida husniya husnora ' +
  'hussein huub huy huynh huzeyfe huân hvalimir hvězdoslav hvězdoslava hyacint hyacinta hyman hynek ' +
  'hypolit hà hàm hành hào hán háta hâdi hâlis hân hâtem hãn håkan håkon hédelin hédi hélie hélier ' +
  'hélio héloïse hélène hêvî hòa hùng hüccet hüdayi hüdâvendigâr hülya hüma hümayun hümeyra hüner ' +
  'hürkan hüsameddin hüsamettin hüseyin hüsnü hüsrev hıfzı hızır iacob iacopo iacopone iacov iago ' +
  'ian iana iancu ianina ianira ianis ianna ianos iaroslav iaroslava iasmina ib iban ibidapo ' +
  'ibironke ibodulloh iboja ibou ibra ibrahim ibrahima ibrani ibrohim ibukunoluwa ibun ica icaro ' +
  'icha icie icilio ico ida idan idell idella idir ido idowu idris idriss idrissa idy ieremia ifa ' +
  'ifeanyichukwu ifeoluwa ifeoma iffar ifora ifunanya ige iginia iginio igino ignacio ignacy ' +
  'ignatius ignazio ignjat ignác ignácie ignát ignáta igor igori ihsan ihtiyor ika ike ikenna ' +
  'ikeoluwa iker ikhidie ikhsan ikin ikrom ila ilai ilan ilana ilaria ilarie ilario ilarion ilay ' +
  'ilayda ilaçın ilda ildebrando ildefonso ildegarda ildegonda ildika ileana ilene ilenia ilgmārs ' +
  'ilgın ilhan ilia ilian iliana iliane ilias ilie ilies ilija ilinca ilinka ilja iljana ilko ' +
  'illidio illuminato ilmari ilmārs ilona ilsa ilse ilva ilyan ilyana ilyane ilyas ilyass ilyes ' +
  'ilyess ilyos ilyès ilza ilzo ima imad imam iman imane imani imelda imen imene imke immacolata ' +
  'immacolato immanuel imogen imogene imoleoluwa imran imrane imre imrich imron imène ina inanç ' +
  'inara inaya incoronata indah inder indiana indira indra indriķis indro indy ines inesa inessa ' +
  'inez inga inge ingeborg ingeborga inger ingmārs ingrid ingrida ingrīda ingūna inioluwa inja inka ' +
  'inkeri inna innocente innocenty innocenza innocenzo ino inocenc insa intan inyoni inza inès inés ' +
  'inéz inês inës ināra inārs ioan ioana ioanina iolanda iole ion iona ione ionel ionela ionelia ' +
  'ionică ionne iorio iosefina iosif ippocrate ippolito ira iraida irawati irem iremide irena irene ' +
  'irenej ireneo ireneus ireneusz ireno ireti iretioluwa irfan iriana iride iridenta irina irinel ' +
  'iris irma irmak irmeli irmina irnanto iroda irsad irvin irving irwan irwin iryna irène irēna isa ' +
  'isaac isabeau isabel isabela isabell isabella isabelle isabelly isac isacco isadora isadore isai ' +
  'isaia isaiah isaias isak isaure ischirione ise isee iseoluwa iseult ishaq ishola iside isidor ' +
  'isidora isidore isidoro isidro isioma isis isisa isla islam islom ismael ismaele ismail ismaël ' +
  'ismaïl ismaïla ismoil ismérie isobel isolda isom isotta isra israa israel israël issa issac ' +
  'issam issiaka istván isık isığ ita italia italo itri itunuoluwa itzel itır iulia iulian iuliana ' +
  'iuliu iuri iurie iurii iustin iustina iustinian iva ivah ivan ivana ivanka ivanna ivano ivanoe ' +
  'ivančica ivar ive ivek iven iveta ivetta ivica ivna ivo ivona ivone ivonne ivor ivory ivy iván ' +
  'iwan iyabode iyad iyadunni iyanuoluwa iyed iyinoluwa iyık iyıktağ iza izaak izabela izabella ' +
  'izaiah izaiáš izajasz izako ize izia izidor izidora izmael izolda izoldo iztok izydor izzy izák ' +
  'iľja iŝmaelo işık işıl işılay işın işıner işığ i̇brahim i̇clal i̇dil i̇dris i̇ffet i̇hsan i̇hvan ' +
  'i̇kbal i̇keme i̇kiçitoyun i̇krime i̇layda i̇lbey i̇lbilge i̇ldike i̇lgegü i̇lham i̇lhami i̇lhan ' +
  'i̇lkay i̇lkben i̇lke i̇lker i̇lknur i̇lksen i̇lkyaz i̇lqar i̇lyas i̇mge i̇mran i̇mrem i̇nci i̇nç ' +
  'i̇pek i̇rem i̇rfan i̇rinç i̇rinçköl i̇rtiş i̇smail i̇smet i̇til i̇xtiyar i̇zel i̇zzet i̇zzettin ' +
  'jaakko jabal jabari jabulile jace jacek jacey jacinthe jacinto jack jackeline jackie jacklyn ' +
  'jackson jacky jaclyn jaco jacob jacoba jacobo jacobus jacqueline jacquelyn jacques jacynthe jad ' +
  'jada jade jaden jadesola jadon jadran jadrana jadranka jadranko jadro jadwiga jadyn jaeden jael ' +
  'jaelynn jaeman jaga jagadish jagadisha jagapati jagaraga jagathi jagdeep jagdish jagica jagmeet ' +
  'jahnu jai jaida jaiden jailey jailyn jaiman jaime jaimini jaimy jairo jais jaivey jaka jakayla ' +
  'jake jakelino jakob jakobino jakobo jakov jakub jakuba jakubina jakubka jale jaleel jalen jalil ' +
  'jalol jalon jalou jalyn jamaal jamal jamalia jamar jamarcus jamel james jameson jamey jamie ' +
  'jamil jamila jamir jamiro jamison jammie jamol jamshid jan jana janae janaína jane janek janelle ' +
  'janessa janet janeta janez jani janica janice janick janie janin janina janine janis janiya ' +
  'janja janjo janka janko janna jannah janne jannek jannes janni jannie jannik jannis jano janosch ' +
  'janusz jany janīna japhet jaquan jaquelin jaqueline jara jared jaren jari jarmil jarmila jarne ' +
  'jarno jaro jarod jarolím jarolíma jaromil jaromír jaromíra jaron jaroslav jaroslava jarrell ' +
  'jarret jarrett jarrod jarvis jarwa jarwadi jarwi jasen jasenko jasin jasmani jasmijn jasmin ' +
  'jasmina jasmine jasmína jasmīna jasna jasněna jason jasoň jasper jassem jassim jasur jaswadi ' +
  'jati jatmiko jaunita jautrīte javas javi javier javlon javohir javon javonte jawad jawed jax ' +
  'jaxon jaxx jay jaya jayadi jayce jaycee jayda jayde jayden jaydon jayeng jaylan jaylano jaylen ' +
  'jaylin jaylinn jaylon jayme jayne jayson jayvano jazlyn jazmin jazmyn jazmyne jazzlyn jazzlynn ' +
  'jean jean-baptiste jean-claude jean-daniel jean-françois jean-jacques jean-louis jean-luc ' +
  'jean-marc jean-marie jean-paul jean-pierre jeana jeanette jeanie jeanne jeannel jeannette ' +
  'jeannie jeannot jed jedediah jedidiah jef jeff jefferey jeffery jeffrey jeffry jefri jefta ' +
  'jehanne jela jelena jelica jelisaveta jelita jelka jella jelle jelmer jelte jena jenel jenifer ' +
  'jenna jennah jennie jennifer jennings jenny jennyfer jenovéfa jens jensen jente jeppe jerad ' +
  'jerald jeramie jeramy jerel jeremi jeremiah jeremias jeremiasz jeremie jeremiáš jeremy jerguš ' +
  'jermain jermaine jermey jernej jerod jerome jeromy jeroným jerrell jerrod jerrold jerry jerzy ' +
  'jerónimo jerôme jesika jesper jess jesse jessica jessie jessika jesslyn jesslynn jessy jessyca ' +
  'jesus jesús jett jette jettie jevgeņijs jevon jevrosima jewel jewell jezdimir ješa jibril jidde ' +
  'jihane jil jiljí jill jillian jim jimena jimi jimmie jimmy jimram jinane jinawi jindra jindřich ' +
  'jindřiška jinte jinthe jip jitender jitendra jitka jiyan jiřina jiří jo joachim joah joakim ' +
  'joakimo joan joana joanie joann joanna joanne joannie joanny joany joaquim joaquin joaquín joas ' +
  'jocelyn jocelyne jodi jodie jody joe joel joelina joeline joelle joep joes joesph joey johan ' +
  'johana johanino johann johanna johanne johannes johano johanĉjo johathan john johnathan ' +
  'johnathon johnnie johnny johnpaul johnson joko jolana jolanda jolanta jolayemi joleen jolie ' +
  'jolien jolijn jolin jolina joline jon jona jonah jonas jonatan jonatano jonathan jonathon jonna ' +
  'jono jonte jonáš joojo joost jop jordan jordana jordane jordi jordon jordy jordyn jorga jorge ' +
  'jorin joris jorn jorrit jort joscha joschua jose josef josefa josefien josefin josefina josefine ' +
  'josefína josep joseph josephin josephine josette josh joshua joshuah josiah josiane josianne ' +
  'josie josip josipa joso josse josselin josua josue josuo josué josy josé joséphine joud jourdain ' +
  'jovan jovana jovani jovanka jovanny jovany jovin joya joyce jozef jozefa jozefino jozefo ' +
  'jozefína jozue joão joël joëlle joĉjo joŝiko joško jošt joža jože jožef jožica juan juana ' +
  'juanita juda judah judd jude judicaël judita judith judito judson judy judyta judīte jugoslav ' +
  'juha juhani juho jukka jula julan jule jules juli julia julian juliana juliane julianne julide ' +
  'julie julien julienne juliet julieta julieto juliette juliino julija julijana julika julina ' +
  'julio julita julius juliusz julián juliána juliëtte jumadi jumagul jumari juna junayd june ' +
  'junius juno junon jur juraj jure juri jurre jurģis jusra justen justeno justin justina justine ' +
  'juston justus justyn justyna justína justýn justýna justīne jusuf juta juul juvenal juwan juwon ' +
  'jyoti jyotis jyotsana jáchym ján jános jázmin jérémie jérémy jérôme jéssica józef józefina ' +
  'józsef jörg jörgen jørgen júlia júlio július jürg jānis jāzeps jēkabs jūlija jūlijs jūsma kaan ' +
  'kaarina kaat kabil kacey kaci kacie kacper kacung kade kadem kaden kader kadiatou kadidia ' +
  'kadidiatou kadin kadir kadrican kadriye kady kadı kaela kaelyn kagiso kahina kai kaia kailash ' +
  'kailee kailey kailyn kairav kaitlin kaitlyn kaj kaja kajen kajetán kala kale kalea kaleb kaleigh ' +
  'kalender kalervo kalevi kaley kali kalidou kalim kalinda kalinik kalistrat kalle kallie kalpana ' +
  'kalyani kama kamal kamala kamalesh kamaria kambali kamber kamel kamelya kameron kamidin kamil ' +
  'kamila kamile kamilla kamille kamla kamlesh kamol kamola kamoliddin kamran kamren kamron kamryn ' +
  'kamuran kanak kanaka kanchan kancı kanda kane kani kania kanishka kannan kannen kanti kançı ' +
  'kapgar kara karaca karahan karak karam karamba karamoko karan karaça kardi kareem karel karelle ' +
  'karen kargılaç kari kariane karianne karim karima karimah kariman karin karina karine karja karl ' +
  'karl-emil karl-johan karla karlee karley karli karlie karlijn karlo karlotta karlıgaç karma ' +
  'karman karmela karmen karmeno karna karol karolann karoliina karolina karoline karolino karolo ' +
  'karolína karsa karsana karson karta karthik kartik kartika karunanidhi karya karīna kasandra ' +
  'kasey kashyap kashyapi kasim kasiran kasiyah kasián kasper kassandra kassim kastor kasusra kasım ' +
  'kata katariina katarina katarzyna katarína kate katelin katell katelyn katelynn katerino ' +
  'kateřina katharina katherine katheryn kathleen kathlyn kathrin kathrine kathryn kathryne kathy ' +
  'katia katica katie katija katina katja katlyn katlynn kato katrin katrina katrine katryn katrīna ' +
  'kattie katun katunkız katy kavon kawa kawaca kawaya kawtar kay kaya kayaalp kayacık kayaçık ' +
  'kaycee kayden kayla kaylah kaylee kayleigh kayley kayli kayliah kaylie kaylin kayna kaynak ' +
  'kayode kayra kays kayun kayça kazanç kazi kazimierz kazimír kazimíra kazkatun kaïna kaïs kağan ' +
  'kašpar keagan keano keanu keara keaton keegan keeley keely keenan keerti kees keet kehinde keira ' +
  'keisha keith keji kekik keklik keleş kellen kelley kelli kellie kelly kelsi kelsie kelton kelvin ' +
  'kelya kelyan kemal kemalettin kemba kemi kemâl ken kenan kenari kendall kende kendra kendrick ' +
  'kenes kenji kenna kennedi kennedy kenneth kennith kenny keno kensi kent kenton kenya kenyatta ' +
  'kenyon kenza kenzi kenzie kenzo kenzy keon kepez keramet kerami kerem keremşah keren kerim kerry ' +
  'kerstin keshaun keshawn kesme ketsia keven kevin kevon kevser keyan keyken keyla keyon keyshawn ' +
  'kezia kezlik keşşaf kgabu kha khadidiatou khadidja khadija khadim khady khai khalid khalifa ' +
  'khalil khang khanh khanyisile khem khethiwe khiêm khoa khoan khoudia khoát khulekani khuyên khuê ' +
  'khánh khê khôi khúc kian kiana kiandra kianna kiano kiara kiarra kiel kiera kieran kika kikelomo ' +
  'kiki kiley kilian kilián killian kilyan kim kimberley kimberly kimi kimo kin kincső kinga kiné ' +
  'kip kira kiran kirana kiraz kirilo kirk kirsten kirstin kirti kitty kiyan kiên kjeld kjell klaas ' +
  'klanjo klara klarencjusz klaro klaudia klaudie klaudius klaudiusz klaudián klaus klaŭdino klaŭdo ' +
  'klea klemen klemens klement klementina klementino klementyna klementýna kleopatra kleopatro ' +
  'kliment klitemnestro klotildo klotylda klára kléber klāra klāvs knut knuto kobe koby kody koen ' +
  'kofi kojo koko kolawole kolby kole koleta koloman kolombín kolombína kolos kolumbán kolumbín ' +
  'kolumbína komil komila komron konrad konrád konrāds konstance konstancie konstancja konstantin ' +
  'konstanty konstantyn konstantýn konstantīns konsuela konzuela konštantín kopano kora koralia ' +
  'koray korbin korbinian kordula korede korey korina korinna korkut kornel korneli kornelia ' +
  'kornelius korneliusz kornél kornélia kornélie kory kosma kosmas kosta koçer kraig krasava ' +
  'krasomil krasomila krasoslav kreuzo krešimir krijn krimhildo kris krishna krishnadas krishnadasa ' +
  'krista kristen kristi kristian kristie kristiina kristijan kristin kristina kristine kristino ' +
  'kristián kristiāna kristiāns kristjan kristofer kristoffer kristopher kristy kristína kristóf ' +
  'kristýna kristīne krisztián krisztofer krišjānis krišs krištof krsto kruno krunoslav krystal ' +
  'krystel krystian krystina krystyna kryšpín kryštof krzysztof ksantipo ksawera ksawery ksenia ' +
  'ksenija ksenofont kubad kubat kubilay kubra kubura kuddusi kujoe kumar kumari kumru kumuda ' +
  'kumush kuncara kunhuta kunthara kurnia kurt kurtis kusuma kutbettin kuzey kuzman kvetoslava ' +
  'kvido květa květoslav květoslava květoň květoš květuše kwabena kwadwo kwaku kwame kwamena kwasi ' +
  'kweku kwesi kwintyn kyan kyano kyara kyla kyle kylee kyleigh kyler kylian kyliann kylie kyllian ' +
  'kyllikki kyra kâmil kâzım kéba kévin kê kính köksal kübra kürşad kārlis kımız kımızalma ' +
  'kımızalmıla kımızın kırgavul kırlangıç kırçiçek kısmet kıvanç kıvılcım kıymet kızdurmuş ' +
  'kızılalma křesomysl křišťan laal labuh lacey lachlan lacy lada ladarius ladina ladislao ladislau ' +
  'ladislav ladislava ladji laetitia lafayette lahna lai laia laila laisha lajos laksana lakshman ' +
  'lakshmi lakshmidhar lakshminath laksita lal lala lale lalie lalita lam lamar lambert lamberto ' +
  'lamia lamih lamine lamont lan lana lanang lance lancelot lancilotto landen lander landolfo ' +
  'landry laney lanfranco langa langgeng lanjar lantar lapo lara laras larina larisa larissa laron ' +
  'larry lars larue larysa lascăr lasmanto lasmono lassana lasse laswi laszlo latif latifa latife ' +
  'latika latofat latoya laura laurane laure laureen laurel laureline lauren laurenc laurence ' +
  'laurencie laurencja laurencjusz laurens laurent laurentia laurentino laurentiu laurenty ' +
  'laurentyna laurenz lauretta lauri laurian lauriane laurianne lauriano laurie laurin laurine ' +
  'laury lauryn laurène lautone lava lavada lavanya lavern laverna laverne lavina lavinia lavinio ' +
  'lavon lavonne lavínia lavīze lawrence lawrencia lawson laxman laxmi layana layanah layla laylo ' +
  'layne lazar lazare lazaro laziz lazzaro lazăr laëtitia laŭrenco laŭro lea leah leana leander ' +
  'leandr leandra leandre leandro leane leann leanna leanne leano leart leatha leda ledion lee ' +
  'leela leelou leena leendert lega legawa lehna leia leif leigh leila leilani lejla leke lela ' +
  'lelah leland lelia leman lembah lemide lempi lemuel lena lene leni lenia lenja lenka lenn lenna ' +
  'lennard lennart lenne lennert lenni lennie lennon lennox lenny lenora lenore leny lenya leo ' +
  'leo-paul leodegar leokádie leola leon leona leonard leonardo leone leonel leonhard leoni leonia ' +
  'leonid leonida leonidas leonie leonilda leonio leonis leono leonor leonora leonore leontin ' +
  'leontina leontine leontýn leontýna leontīne leonzio leonīda leonīds leopardo leopold leopolda ' +
  'leopoldina leopoldine leopoldino leopoldo leopoldýna leora leoš leposava lera lerato lere leroy ' +
  'lerzan lesana lesley leslie lesly lessie lestari lester leta letha leticia leticie letitia ' +
  'letizia letterio letícia leu leufroy lev levana levent levente levi levin levio levke levoslav ' +
  'levy lew lewin lewis lex lexi lexie lexus leya leyan leyla leyna leïla leïna lešek lia liah liam ' +
  'lian liana liara lias libbie libby liberata liberato liberatore liberio libero liberto libor ' +
  'libora liboria liborio liboslav liboslava libuša libuše libère liběna licia lică lida lidania ' +
  'lidia lidija lidio lidmila lidya lieke lien liene lieto lieuwe lieve lieze ligia liisa lila ' +
  'lilas lili lili-rose lilia lilian liliana liliane lilianna lilie lilien lilio lilith liliya ' +
  'liliána liliāna lilla lilli lillian lilliana lillie lilly lilou lilwenn lily lily-rose lilya ' +
  'lilyan liman limar lina lincoln linda linde lindsay lindsey linett linh linn linne linnea linnie ' +
  'linnéa lino linoy linoï lintang linus linwood lio lioara lionel lior liora liron lirone lis lisa ' +
  'lisandro lisann lisanne lisbeth lise liselotte lisette lison lital litzy liuba liubov liubovi ' +
  'liudmila liusea liv liva livia liviana livie livino livio liviu livius liya liyah liyam liyan ' +
  'liyana liz liza lizbeth lize lizeth lizz lizzie lizzy liétald liêm liên liāna ljiljana ljuba ' +
  'ljubica ljubiša ljubomir ljudevit llewellyn lloyd loa loane lobar lodovica lodovico loek loes ' +
  'loet logan lohan lois lola lolade lolita loma lon london longin lonie lonnie lonny lonzo lora ' +
  'loraine lore loredana loreen lorelei lorella loren lorena lorenc lorene loreno lorenz lorenza ' +
  'lorenzo loreta loretta lori lorian loriana lorik lorin lorine loris lorna lorrain lorraine los ' +
  'lota lotar lothaire lothar lott lotta lotte lotti lottie lou lou-ann lou-anne loua louan louane ' +
  'louann louay loubna louca louie louis louis-marie louisa louise louison louka loula louna lounis ' +
  'loup lourdes lourenço louvenia lova lovisa lovorka lovro lowell lowie loy loyce loïc loïs loïse ' +
  'lua luan luana lubin lubomír lubomíra lubor luboslav luboslava luboš luc luca lucas lucca luce ' +
  'lucia lucian luciana luciano lucica lucie lucien lucienne lucija lucijan lucile lucilla lucille ' +
  'lucinda lucio lucious lucius lucián luciána lucja lucjan lucretia lucrezia lucy lucía ludano ' +
  'ludie ludivine ludivoj ludiše ludmila ludolphe ludomír ludomíra ludoslav ludoslava ludovic ' +
  'ludovica ludovico ludovikino ludoviko ludvig ludvika ludvík ludvíka ludwig ludwik ludwika luděk ' +
  'lue luella luena luhung lui luigi luigia luis luisa luise luiz luiza lujza luk luka lukas luke ' +
  'lukhona lukita lukman luko lukrecius lukrécie lukáš lula lulu luluh lulut luminita luminosa ' +
  'lumír lumíra luna lune lungelo lungu lupe lura lurhur lurline lutfan lutfi lutfiya lutfulloh ' +
  'luther luthfi lutibor lutobor lutz luuk luus luwar luwes lux luz luzie luân luís luísa luďka ' +
  'luīze lwandle ly lya lyam lyan lyana lyda lydia lydie lyes lykke lyla lyle lylia lylou lyn lyna ' +
  'lynda lyne lynette lynn lynne lyric lysanne lászló lâm lân léa léana léandre léda léna léo léon ' +
  'léonard léonie léonne léopold léopoldine lévi lê lívia lîlan lîrîk lütfi lütfullah lý lýdia ' +
  'lýdie lāsma lăcrămioara lăng lĩnh lība līga līksma līna līva līvija līze lūcija maad maaike maan ' +
  'maarit maarten maartje maas maayane mabel mabela mabelle mable mabruk mac maca macaire macaria ' +
  'macario maccabeo mace maceo macey maci macie mack mackenzie mactar macy madalena madaline ' +
  'madalyn maddalena maddison maddox madeleine madelief madeline madelyn madelynn madge madhuri ' +
  'madid madie madilyn madina madisen madison madisyn madita madlaina madleen madlen madonna mads ' +
  'mady madyson mae maegan mael maelle maelys maes maeva maeve mafalda maffeo magali magda magdalen ' +
  'magdalena magdaleno magdaléna maggie maggiorino magno magnolia magnus maguelone maguette ' +
  'mahamadou mahan mahault mahaut mahdi mahe mahendra maher mahesa mahesh maheswar mahfud mahir ' +
  'mahmoud mahmud mahmut mahrus mahulena mahzan mahzun mahé mai maia maica maida maija maik maike ' +
  'maila mailin mailo maimunah maiorico maira maitê maiya maja majda makan makar makara makary ' +
  'makayla makenna makenzie makhtar makinwa maks maksim maksimo makso maksud maksym maksymilian ' +
  'makuta mala malachi malak malati malco malcolm malea malek malena malene malia malick malik ' +
  'malika malin malina malinda mališa mallaury mallie mallory malo malone malou maloxat malte ' +
  'malthe malti malvina malvino malvína malvīne malwina mama mamadou mamady maman mamante mamert ' +
  'mamie mamoudou mamour manah manal manar manassé manca mancio manda mandaakin mandakini mandla ' +
  'mandy manel manelle manetto manfred manfredo manfréd mangala mangalya mani manik manikya manil ' +
  'manilio manisha manjo manjusha manley manlio manoah manoj manole manon manona mansour mansueto ' +
  'mansur mansvet manu manuel manuela manuele maphikelela maqsud mara marah maram marana maras ' +
  'marat marc marc-antoine marceau marcel marcela marceli marcelin marcelina marceline marcelino ' +
  'marcell marcella marcelle marcello marcellus marcelo marcelína marcheta marcia marciano marcin ' +
  'marco marcos marcu marcus mardon mare mareike marek maren marena mareta marga margana margaret ' +
  'margareta margarete margareto margarett margaretta margarette margarida margarita margaréta ' +
  'margaux marge margherita margie margit margita margo margot margret margrit margrith marguerite ' +
  'mari maria mariadi mariah mariam mariama mariame marian mariana mariane marianna marianne ' +
  'mariano maribel marica maricarmen maricica marie marie-ange marie-lou marieke mariela mariella ' +
  'marielle mariem marieta marietta marija marijan marijana marijn marika marilena marilie marilou ' +
  'marilu marilyn marilyne marilú marin marina marinela marinella marinetta marinjo marinko marino ' +
  'marinus mario marioara mariola marion marisa marisol marissa marit marita maritza marius marián ' +
  'marième marja marjan marjane marjatta marjeta marjolaine marjorie marjory markika markku marko ' +
  'markus markéta marla marlee marleen marlen marlena marlene marley marli marlie marlies marlin ' +
  'marlis marlo marlon marly marlène marnie marolo marouane maroš marques marquis marquise marrit ' +
  'marsha marshall marsito marsudi marta martaka martana martani marte marten marteno martha marthe ' +
  'martial martim martin martina martine martino martti marty martyna martín marut maruta marvin ' +
  'marwa marwan marwane marwata marwen marwin mary maryadi maryam maryann maryanto maryjane marylou ' +
  'maryna maryse marzia marzio marème maría marína marģers mas mashxura mason massamba massima ' +
  'massimiliano massimo massinissa matan matar matei matej mateja mateo mateus mateusz matheo ' +
  'matheus mathew mathias mathieu mathijs mathilda mathilde mathis mathurin mathuys mathys mathéo ' +
  'matias matija matilda matilde matis matisse matjaž matko mato matouš matroniano mats matt mattea ' +
  'matteo mattes mattheo matthew matthias matthieu matthijs matthis matti mattia mattias mattie ' +
  'mattis mattéo matylda matys matyáš matz matías matúš matěj matīss maud maude maudie maugis maura ' +
  'maureen maurice mauricette mauricio maurilio maurine maurits maurizio mauro maurycy mavdud ' +
  'maverick mavis mavlon mavluda mawuena mawusi max maxbuba maxellende maxence maxens maxfuza maxi ' +
  'maxie maxim maxima maxime maximilian maximiliano maximilien maximilián maximillia maximillian ' +
  'maximo maximus maxine maxmilián maxsuma maxwell maya mayane mayar maybell maybelle mayeul mayla ' +
  'mayline maylis maymie maynard mayoor mayra maysa mayson mayssa mayte mazbut mazhar mazie mazlum ' +
  'maé maélis maël maëlie maëline maëlis maëlle maëly maëlyne maëlys maëva maï maïa maïly maïlys ' +
  'maïmouna maïna maïssa maïssane maïwenn małgorzata maša mašinka mbalienhle mbaye mckayla mckenna ' +
  'mckenzie meagan meaghan meda medard medardo medea medina medine medoro medya meena meenakshi ' +
  'mees megan megane meggie meghan meghnad meghnath mehdi mehmet mehriban mehtap meik meike meire ' +
  'mekhi melani melania melanie melanio melany melba melchiade melchior melchiorre melda melek ' +
  'melenija melezio melia melichar melih melike melikşah melina melinda meline melis melisa melissa ' +
  'melita melitina melle mellie mellina melnic melodi melodie melody mels meltem melusine melvil ' +
  'melvin melvina melvyn melyna melyssa melánia melánie memduh menahem menaka menardo mence mendel ' +
  'menelao meneo menka menno mennone menodora meral mercede mercedes mercurio meredith merel merete ' +
  'meriam meriem merih merijn meriç merjem merl merle merlin merritt mert mertie merve mervin ' +
  'merwan meryam meryem meryl messalina mestan mesut meta mete metello metin metod metoděj ' +
  'metrofane mette mevlüt mex meyra meïssa mečislav mečislava mhambi mi mia mica micael micaela ' +
  'micah micha michael michaela michal michala michale michalina michaël michał micheal michel ' +
  'michela michelangelo michele micheline michelle michèle mick mickael mickaël midas mieke miel ' +
  'miguel miha mihael mihaela mihai mihail mihailo mihajlo mihnea mihriban mihály mija mijat mik ' +
  'mika mikael mikaela mikail mikayla mikaïl mike mikel mikkel mikki mikko miklós mikoláš mikołaj ' +
  'mikuláš mila milada miladin milan milana milanka milanko milano mildred mile milena mileta miley ' +
  'milford milhan milica milisav milivoj milić miljan miljana miljenko milka milla mille miller ' +
  'millicent millie milly milo milojica milomir milorad miloslav miloslava milota milou milouš ' +
  'milovan milovín miloň miloš milred milton milutin milutín miluše milán milík milíč mima mimma ' +
  'mimo mina minakshi mindy minerva minervina minervino minh mink minka minna minnie minodora mio ' +
  'mioara miodrag miomir mir mira mirabela mirac miran miranda miray miraziz miraç mircea mirco ' +
  'mireille mirek mirela mirella mireya miriam miriama miriamo mirja mirjam mirjana mirka mirkelam ' +
  'mirko mirkó mirna miro mirocleto miromil miromila miron mirona miroslav miroslava mirre mirta ' +
  'mirte mirthe mirtil mirto miruna mirza mirziyo misael misaele misbah mischa mislav missouri ' +
  'misty mitar mitch mitchel mitchell mithat mitică mitja mitra mittie miya mizgîn miên miĉjo ' +
  'miķelis miša miško mlad mladen mlađana mnata mnislav mnislava moa mobolaji moche moctar modesta ' +
  'modesto modibo modou modrīte modupe mody mofifoluwa mohamad mohamadou mohamed mohamed-ali ' +
  'mohamed-amine mohammad mohammed mohan mohana mohinder mohini mohir moira moises moisés mojca ' +
  'mojisola mojisoluwa mojmír mojżesz mojžíš mollie molly momir momira mona monaldo monalisa monde ' +
  'monica monika moniko monique monitore monroe monserrat monserrate montana monte monty monvīds ' +
  'moos moradeke morayo morena morenike moreno morgan morgana morgane moriah moric moris moritz ' +
  'morne morolake morris morten mortimer morton mory mose moseo moses moshe mosinmileoluwa mossie ' +
  'mosunmola mosè motunrayo mouctar mouhamadou mouhamed mouhameth mouhammadou moussa moustafa ' +
  'moustapha moxidil moxigul moxina moxinur moxira moyosore mozell mozelle mozes moïra moïse ' +
  'moïsette mořic mpho mpilo mpumelelo msizi mstislav mthunzi muammer muattar muaviye muaz muazzam ' +
  'mubina mudīte mufiz mugur mugurel muhamado muhammad muhammed muharrem muhsin muhtar muhterem ' +
  'muhteşem muhtor muhyiddin mujur mukadder mukaddes mukesh muktedi muktedir muktefi mukul mulya ' +
  'mulyanto mulyono mumpuni muni munif murat muriel muriela murilo murl murod murphy murray ' +
  'mursinin mursita murti musa musawenkosi muslih mustafa mustafo mustapha mustika mustofa musulmon ' +
  'mutahhar mutasım muteber mutemed mutia muttalib muyassar muyiwa muzaffar muzaffer muziano mya ' +
  'myah myla mylan mylene myles mylo mylène myra myriam myrl myrna myron myrthe myrtice myrtie ' +
  'myrtil myrtille myrtis myrtle mája márcia mária mário márk márton mátyás máté médea médoune ' +
  'médéric mégane mélanie méline mélisande mélissa mélissandre mélodie mércia mérovée mína mónica ' +
  'móric müesser müfid müge müjdat müjde müjgan mükerrem mümtaz münevver münir müren müzdad müşir ' +
  'māra mārcis māris mārtiņš mārīte mădălin mădălina mălina mărioara măriuca mētra mısra nabi nabil ' +
  'nabila nabin naci nada nadalina nadejda nadežda nadi nadia nadine nadir nadja nadzieja nadège ' +
  'naděžda nae nael naemi nafisa nafiz nagabhushanam nahel nahid nahil nahla naim naja najam najib ' +
  'najla najmiddin najwa nakia nala nalan nalar nalini nam namazio namık nana nancy nand nanda ' +
  'nandi nando naneta nanna nannie naomi naomie naoufal naoufel napoleon napoleone nara naradi ' +
  'narayan narcis narcisa narciso narcisse nardi narendra nargiza narimon narin narinder narji ' +
  'narseo narsete nasab nash nasiba nasim nasir nasriddin nasrullah nassim nastja nat natacha ' +
  'natale natalia natalie natalija natalina natan natanael nataniel natasa natasha nataša nate nath ' +
  'nathalie nathan nathanael nathanaël nathanial nathaniel nathen natiq natka natália natálie naud ' +
  'naudet naura naveen navin nawal nawel nawfel nawroz naya nayel nayeli nayla naz nazan nazario ' +
  'nazariusz nazary nazif nazim nazlı nazmi nazrulloh nazzareno nazzaro nazım naël naëlle naïa naïl ' +
  'naïla naïm naïma naïs naďa nađa ndleleni ndondoloza nea neal nebojša necat necati necdet ' +
  'nechifor necib necla necmettin ned neda nedeljko nedim nedjeljka nedjeljko nedra neela neele ' +
  'neeltje nefeli neha nehir neil neiva neja nejat nejc nejla neklan nela nelda nele nelea neli ' +
  'nelia nelio nell nella nelle nellea nelli nellie nelly nels nelson nelu nelya nemanja nena nenad ' +
  'nene neo neoma neonila neopolo neoterio nepomuk nera nerea nereo nergis neri nermine nesa nesim ' +
  'neslişah nesrin nesrine nestor nestore nettie neva neven nevena nevenka nevin nevio nevra nevzat ' +
  'newell newroz newton neyla nezamysl neïla neşet nga nghi nghiêm nghĩa nguyên ngà ngân ngôn nhan ' +
  'nhi nhiên nhlakanipho nhu nhung nhàn nhân nhã nia niame nicanor nicarete nicea niceforo niceto ' +
  'nicezio nichifor nicholas nicholaus nichole nick nicklas nicklaus nickolas nicla niclas nico ' +
  'nicoară nicodemo nicodim nicola nicolae nicolai nicolaie nicolas nicole nicoleen nicoleta ' +
  'nicoletta nicolette nicoline nicolás nicolò nicon nicu niculina nicéphore nida nidia niek niels ' +
  'niels-christian niene nienke nigar nigel nigora nihad nihal nihan nihat nik nika nike nikita ' +
  'nikki nikkie nikko niklas niklaus niklāvs niko nikodem nikodém nikodéma nikol nikola nikolai ' +
  'nikolao nikolas nikolasz nikoleta nikolina nikolĉjo niké nikša nil nila nilam nilde nilgün nils ' +
  'nilufar nimakoah nimas nimit nimród nina nineli ninfa ninh niniano ninioluwa nino ninon ninthe ' +
  'nio niouma niraj niranjan nirbhay niro nisa nisan nischal nives niyaga niyazi niyilolawa ' +
  'nizamettin nizar nizom nizomiddin niştîman njegomirka nkanyezi nkosenye nkosingiphile nkosinhle ' +
  'nkosiyabo nnamdi noa noah noam noami noan noar noaĥo noble nodira noe noel noelia noelie noema ' +
  'noemi noemie noemy nofoto noha noham nohan noila nokuthula nola nolan nolann nolen nolhan ' +
  'nolwazi nomi nomvula nona nonhlanhla nonjabulo nonkululeko nonna noor noortje nora norah norbert ' +
  'norberta norberto nore norene norhane norica norina norma norman normand norris norval norwood ' +
  'nosir nosirjon nostriano noud nouha nour noura nourane nouri nout nova novak novan novella novi ' +
  'noviana novita nowi nox nozima nozipho noâm noè noé noémi noémie noë noël noëlla noëlle nqobile ' +
  'nrima nthabiseng ntokozo ntombizodwa nuccia nugraha numan nuno nunziata nunzio nur nural nuran ' +
  'nuray nurbek nurettin nurgül nurgün nuri nuria nuriddin nurlan nursel nurseli nurul nurullah ' +
  'nusrat nusratulloh nusret nuša nya nyah nyana nyasia nynke nyoman nándor nátán néhémie nélia ' +
  'néné nóra núbia núria nûda nûdem nûredîn nükhet năng něhoslav oana oanh oba obanijesu obid obie ' +
  'obioma obrad obren oceane ocie octav octave octavia octavian octaviana octavio octaviu océane ' +
  'oda oddone odelia odell oderico odessa odeta odetta odette odidone odie odil odile odilia odilon ' +
  'odin odolen odon odorico odunayo ofelia ofelya ofélia ofélie oger ognjana ognjen ogooluwa ' +
  'ojaswini ojārs okan oke okey okiki okta oktavie oktavius oktavián oktay okto oktávie okşan ola ' +
  'oladara oladare oladimeji olaf olaide olajumoke olakunle olamide olanrewaju olansile olaoluwa ' +
  'olasunmbo olatunbosun olavi olayinka olbram olcay oldrich oldřich oldřiška ole oleg oleksandr ' +
  'olen olena olesea oleta olga olgica oliga olim olimpia olimpiada olimpian olimpio olimpiu olin ' +
  'olinda olindo oliva olive oliver olivera olivia olivie olivier oliviera oliviero oliviu olivér ' +
  'oliwia oliwier olle ollie olof ololade olufeyisayo olufunke olufunmi olufunmilayo olumide ' +
  'olumorotimi olusola olutomiwa oluwafemi oluwagbemiga oluwakemi oluwamumibori oluwamuyiwa ' +
  'oluwasanmi oluwasegun oluwasemilore oluwaseun oluwaseyi oluwatimilehin oluwatobiloba ' +
  'oluwatofunmi oluwatosin oluwatoyosi oluwatumise oluwole oluwunmi olympe olympia olympie olívia ' +
  'olīvija oma omad oman omana omar omari omawunmi ombeline ombline ombretta omer omero omina ' +
  'omobobola omobolanle omodunni omolabake omolara omolola omosalewa omotara omotayo omotola ' +
  'omotolani omotoun omowumi ona ondina ondine ondrej ondřej ondřejka onesta onesto oni onie ' +
  'onofrio onome onorata onorina onorino onorio onoriode onufry onur oona oormila opal opalina ' +
  'opaline opan opemipo opeoluwa opeyemi ophelia ophelie ophélie opung oqil ora oran orazio ' +
  'orchidea orell oren orenzio oreofe orest oreste orestes orfeo orhan oriana oriande oriane orie ' +
  'orietta orif orin orio orion orland orlando orlane orlo ornella oronzo orpha orrin orsino orso ' +
  'orsola orsolina ortansa ortensia ortensio orval orville orvokki orzu osanna osbaldo osborne ' +
  'oscar oskar oskari oskaro osman osmondo osmund ostoja osunleke osvald osvaldo oswald oswaldo ota ' +
  'otabek otakar otakara otello otha othmane otho otilia otilie otis otmar oto otokar otomar ' +
  'ottaviano ottavio ottilia ottilie ottis otto ottone otília otýlie otīlija oumar oumayra oumou ' +
  'oury ousmane oussama ova ovidio ovidiu ovidius owen oxana oya oybek oyenike oyga oyindamola ' +
  'oyindasola oynur oysha ozan ozana ozanne ozella ozod ozoda ozodbek ozren ozy oğuz oğuzhan oļegs ' +
  'oļģerts oľga pablo paciano pacifico paco pacomio pacôme padam padma padmi paige paiman paja ' +
  'pakize palatino palladia palladio palma palmazio palmira palmiro paloma palémon pam pamela ' +
  'pamfil pammachio panagachie panait panca pancario pancrazio pandu panfilo pangeran pangestu ' +
  'panji panka pankracy pankrác panna pansy pantaleo pantaleon pantaleone pantelei paola paolo ' +
  'param paramartha paramita paraschiva parascovia pardi pardo parfait paride paris parker parla ' +
  'parman parmenio parsival parvati pascal pascale paskal paskala pasquale paterne paterniano pathé ' +
  'patrice patricia patricie patricija patricio patrick patrik patriko patrizia patrizio patroclo ' +
  'patrycja patrycjusz patrycy patryk patrícia patrīcija patsy patti pattie patty paul paul-antoine ' +
  'paul-arthur paula paule paulette paulica paulien pauliina paulin paulina pauline paulo paulína ' +
  'paulīne pauside pava pave pavel pavica pavla pavle pavlina pavlín pavlína pavol paweł paxton ' +
  'payidar payton paŭlino pearl pearlie pearline pedro peggie peggy pekka pelaghia pelagia pelagie ' +
  'peleo pelhřim pelin pelinsu pelle pellegrino pelumi pembe penda penelopa penelope penny pentti ' +
  'pepe pepijn pepo pera perceval percival percy peri perica pericle perihan perikles perkasa perla ' +
  'perle pernilla pero perpetuo perran perrine perry perseo persida pertev peruna perver pervin ' +
  'perzida perî petar pete petek peter petko petr petra petrana petre petri petrică petrija petro ' +
  'petronela petronila petronilla petronille petronio petronius petru petruše petteri petula peyami ' +
  'peyton pharell pheobe phi phil phila philani phileas phileine philemon philibert philine philip ' +
  'philipp philippa philippe philippine phillip philomène philothée philou philémon phiwokwakhe ' +
  'phoebe phoenix phong phu phyllis pháp phát phú phúc pia pien piera pierangelo pierce piergiorgio ' +
  'pierluigi piermarco piero pierre pierre-alain pierre-alexandre pierre-andré pierre-antoine ' +
  'pierre-louis pierrick piersilvio piet pieter pietro pilar pim pinkie pio piotr pip piper pippa ' +
  'pippo piraye pirjo pirkko pius placida placido platon platone platón pleun plinio plutarco pol ' +
  'pola polidoro polifemo polikarp polina polissena pollione polly polona polykarp polyxena pompeo ' +
  'pompilia pompiliu pomponio pontus ponziano ponzio pooja poornima poppy porfirio porfiriusz ' +
  'porfiry porter porzia porziano postumio poul praba prabawa prabin prabowo prabu prakash prakosa ' +
  'pramila pran pranata pranawa pranay prasad prasanna prascovia prasetya prasetyo prashant ' +
  'prassede prathamesh pratiwi pravdan pravdomil pravdomila pravomil pravomila pravoslav pravoslava ' +
  'prayag prayitna prayoga prayogo predrag preity prem prema presley preston priamo prima primerose ' +
  'primo primož prince princess prisca priscila priscilla priscille prisco priska prita privato ' +
  'priya priyala procopio profira prokles prokop prokopa prokul proserpina prosper prospera ' +
  'prospero protasio proteo providenci prudence prudenzia prudenzio prune prvoslav publio puck puji ' +
  'puk pulchérie puneet pupolo puput purna purnima purushottam purwa purwadi purwanto pushti ' +
  'pusicio puspa puspita puti putri putu päivi pécine pélagie pénélope pépin péter pétronille pío ' +
  'pārsla pāvils pătru pēteris pınar přemysl přibyslav přibyslava qizilgul qobil qori qosim quang ' +
  'quartilla quarto quasimodo qudrat queenie quentin quentine querano quieta quin quincy quinn ' +
  'quinten quintia quintiliano quintilio quintino quinton quinty quinziano quinzio quirin quirino ' +
  'quiteria quitterie quiéta quyên quân quý rabia rachael rachel rachela rachele rachelle rachid ' +
  'raci rada radan radana radegast radek radeke raden radenko radha radhost radika radim radimír ' +
  'radimíra radina radion radislav radislava radit raditya radivoj radivoje radiša radka radko ' +
  'radmil radmila radmilo rado radojka radolfo radomil radomila radomir radomír radomíra radosav ' +
  'radoslav radoslava radovan radovana radoš radslava radu radul radvan radúz rae raegan raf rafael ' +
  'rafaela rafaelo rafaël rafał rafet raff raffaele raffaella rafi rafid rafila rafiq rageshwari ' +
  'rageswari raharja rahayu raheem rahel rahim rahime rahma rahman rahmat rahmawati rahmi rahsaan ' +
  'rahul rahşan raide raif raihan raik raimondo raimund raina rainald rainaldo rainelda rainer ' +
  'rainhard rainold raisa raj rajab rajan rajana rajendra rajina rajinder rajiv rajko rajmund rajna ' +
  'rajnold rajsa raju rakesh rakita rakıp raleigh ralf ralph raluca rama ramaa ramata ramatoulaye ' +
  'ramazan ramesh rameshwar rami ramiro ramiz ramon ramona ramy ramziddin ramziya ramón rana randal ' +
  'randall randi randolf randolph randy ranek rangga rania raniero ranim ranjan ranjeet ranjit ' +
  'ranko ranolfo ransom ranya raoul raphael raphaelle raphaël raphaëlle rapulane raquel rashad ' +
  'rashawn rasheed rasheedah rashid rasifa rasim rasmus rastislav rastislava rati ratibor ratih ' +
  'ratimir ratmír ratna rauf raul raven ravi ravshan rawane raxmatulloh ray rayan rayane rayen ' +
  'raymond raymonde raymundo rayona rayxona rayyan raúl raĥelo raşit raško rea reagan reanna reba ' +
  'rebeca rebecca rebeka rebekah rebekka rebeko recai recep reda redmond reece reed reese refah ' +
  'refet refik regan reggie reghina regina reginald reginaldo regitze regnārs regolo regula regína ' +
  'regīna reha reid reilly rein reina reine reinhard reinhold reis rejan reksa relja relu remi ' +
  'remig remigio remilekun remington remo remondo remus remy remzi renat renata renate renato ' +
  'renaud rendy rene renee renette rengin renja rens renske renzo renát renáta rené renée renārs ' +
  'renāte respati respicio ressie restu resûl resül reta retha retno reto retta reuben reva revi ' +
  'rex rey reybaud reyes reyhan reymundo reyna reynold reza rezzan reşat reşîd rhea rhett rhianna ' +
  'rhiannon rhoda rhonda ria riaan riad rian riana rica ricardo ricario riccarda riccardo richard ' +
  'richarda richelmo richie richmond richárd rick rickard rickey rickie ricky rico ridwan rieke ' +
  'rifat riff rigard rigoberto riitta rija rika rike rikke riley rima rimma rina rinaldo rini rino ' +
  'rio ristana rita ritesh ritva riv rivka riyad rizki rizvon ričards roan robaldo robb robbe ' +
  'robbie robert roberta robertina roberto robi robin robina robinson robiya robyn rocco roch ' +
  'rochelle rocio rocky rocío rodan roderick roderik roderyk rodger rodiano rodica rodion rodney ' +
  'rodolfo rodoljub rodolphe rodrick rodrigo rodrigue roel rogelio roger rogers rohan rohana rohit ' +
  'roj rok rokhaya rokia roko roksana roland rolande rolando rolf rolfo rollin roma romain romaine ' +
  'roman romana romane romano romee romeo romero romeu romilda romina romoaldo romola romolo ' +
  'romuald romualdo romul romulus romy roméo romāns ron rona ronak ronald ronaldo ronan ronja ronke ' +
  'ronnie ronny ronî roos roosevelt rory rosa rosa-maria rosalee rosalia rosalie rosalina rosalind ' +
  'rosalinda rosalyn rosamond rosamunda rosana rosanna rosario roscoe roselin roseline rosella ' +
  'roselyn rosemarie rosemary rosendo roser rosetta rosie rosina rosita roslyn rosman rosmunda ross ' +
  'rossana rossella rossie rostislav rostislava rotaru rotimi rovena rover rowan rowena rowland ' +
  'roxana roxane roxanne roxelana roxy roy royce roza rozalia rozalija rozalinda rozamunda rozana ' +
  'rozella rozina rozita roziya rozo rozvita rozália rozálie roşan ruben rubiano rubie ruby rubye ' +
  'rubén rudi rudolf rudolfa rudolfina rudolfo rudolfína rudolph rudra rudy rudīte ruedi rufina ' +
  'rufino rufo rufus ruggero ruhsar rui rukhmani rukmin rumena runa rune rupert ruperto rupinder ' +
  'ruprecht ruslan ruslana rusman russ russel russell rustam rusty rut ruta ruth ruthe ruthie ' +
  'rutilo ruxanda ruxandra ruža ružena ružica ryad ryan ryann ryder rylan rylee ryleigh ryley rym ' +
  'ryszard ráchel régine régis réjean réjeanne réka rémi rênas róbert róza róża röya rúben rút ' +
  'rûken rükneddin rüya rüçhan rüştü răducu răzvan rıdvan rıfat rıfkı rıza rūdis rūdolfs rūsiņš ' +
  'rūta růžena sa saad saadat saadi saar saba sabar sabato sabazio sabele sabin sabina sabine ' +
  'sabino sabir saboxat saboxon sabri sabrina sabrine sabryna sabína sabīne sacha sachin sacid sada ' +
  'sadar sadberk sadettin sadi sadie sadina sadio sadoqat sadri sadriddin sadullah sadye sadık safa ' +
  'safae saffet saffiro saffo safia safiatou safina safir safira safiya safiétou safo safouan ' +
  'safouane safta safura sagar sage sahra saida saiful saige saim saka sakari sakina sakti sakura ' +
  'saladino salif salih salim salimah salimata salimatou saliou sallie sally salma salman saloh ' +
  'salome salomea salomena salomey salomon salomone salomè salomé salomë salsabila salustio ' +
  'salvador salvatore salvo salwa salwator saly sam samandar samanta samantha samara samba samed ' +
  'sameer sami samia samiah samih samim samina samir samira samiya sammie sammy samona samson ' +
  'samsul samu samuel samuela samuele samuelo samukelisiwe samuël samy san sana sanaa sancho sanda ' +
  'sandeep sander sandra sandrine sandro sandu sandy sanele sanem sanford sang sanja sanjay sanjin ' +
  'sanka sanna sanne sanobar sansone santa sante santiago santina santino santo santos santosh ' +
  'sanya sao saodat saphira sapiente sara sarada sarah sarai sarala saraswati sarbello sardor sare ' +
  'sari sarina sarisha sarita sarla sarmīte saroja sarra sartika sarvar sarvin sarvinoz sascha ' +
  'sasha saskia saskie satine satish satu saturniano saturnin saturnino satya satyen saul ' +
  'saulcerīte sauveur sava savanah savanna savannah savaş saverio saveta savi savin savina savinien ' +
  'savino savion savva saxida saxona sayyora saèr saïd saúl saša sašo scarlett scholastika ' +
  'scholastique schuyler scolastica scot scott scottie scotty seamus sean seb sebas sebastiaan ' +
  'sebastian sebastiana sebastiano sebastien sebastián sebastião sebastjan sebestian seckou seconda ' +
  'secondiano secondina secondo seda sedat sedef seden sedrick sedrik sef sefer seff sefora seghei ' +
  'segilola seher sekinat sekou selahattin selami selcan selda selen selena selene selim selin ' +
  'selina selma selmer selvaggia selvi selyan selçuk selène sem sema semenica semih semion ' +
  'semiramide semplicio sempronio semra sena senay senesio senka senn senna senne senofonte senta ' +
  'sep sephora sepp seppe seppo septi serafim serafima serafin serafina serafino serafín serafína ' +
  'seraina serap serapione serbülent serdar seren serena serenity serenus serge sergei sergej ' +
  'sergen sergey serghei sergi sergio sergiu sergiusz serhad serhat serin serine sermet serpil ' +
  'sertap sertaç server servidio serviliano servác sesto seth settar settimio settimo setya sev ' +
  'seval sevara sevda severa severiano severin severina severino severo severín sevgi sevil sevim ' +
  'sevinç sevtap seweryn seydou seye seyfettin seyfi seyfullah seynabou seyyit seçil seçkin sfiso ' +
  'shad shahboz shahobiddin shahriyor shahzod shaina shaka shakila shakira shakti shakuntala ' +
  'shalewa shamsiddin shana shane shanel shanelle shani shania shanice shanie shaniya shankar ' +
  'shanna shannon shanny shanon shantanu shanti shany sharda shari sharmila sharon shashi ' +
  'shashikala shaun shawn shawna shay shayan shaylee shayma shayna shayne shaï shaïly shaïma shaïna ' +
  'shea sheela sheila shekoni sheldon shelia shelley shelly shemar sher sheri sheridan sherine ' +
  'sherly sherman sherri sherry sherwood sheryl sherzod shilpa shirel shirine shirisha shirley shiv ' +
  'shivakari shobhana shodiyor shola shresth shresthi shreya shreyashi shridevi shrishti shristi ' +
  'shubha shubhaprada shukrulloh shwet shyann shyanne shyrel siana siara sibel sibilla sibongile ' +
  'sibusiso sibyl sibyla sibylle sico sicuro sid siddarth siddhartha siddhi siddhran sidiq sidney ' +
  'sidoine sidon sidonia sidonie sidonio sidra sidy sidónia siebe siem sien siena sienna siep ' +
  'sierra sifiso sigebert sigfrido sigfríd sigismond sigismondo sigmund signe sigrid sigurd sihem ' +
  'sijuade sil silas silja silje siloe silvan silvana silvano silverio silvester silvestr silvestro ' +
  'silvia silvian silviana silvie silvija silvio silviu silvius silván silvána silvère sim simea ' +
  'simen simeon simeona simeone simge simi similoluwa simina simion simisola simo simon simona ' +
  'simone simonetta simonida simono simão siméon sina sinan sincere sindisiwe sindre sinem ' +
  'sinenhlanhla sinesio sinfronio sinh sinică sinikka siniša sinja sinkler sintia siphephelo ' +
  'siphiwe sipho sira sireno siria siriano siricio sirine sirineu sirio siro sirojiddin siré siska ' +
  'sisto sitara sithembiso siti siv sixt sixte sixtine sixtus siyanda sizakele sizani siêu siënna ' +
  'sjoerd sjors skaidrīte skander skarlet skarleta skye skyla skylar slamet slava slavek slaven ' +
  'slaviboj slavibor slavica slavka slavko slavoboj slavoj slavoljub slavomil slavomila slavomír ' +
  'slavomíra slavěna slađana slobodan slobodanka sloka sláva slávek slávka smaranda smeralda smil ' +
  'smiljana smilla smita smriti sname snejana snežana snježana soan soave sobit soběslav soběslava ' +
  'soccorso socrate soda sodiq sofia sofiane sofie sofija sofinjo sofio sofronia sofronie sofía ' +
  'sohan sohane sohib sokhna sokrat solal solange soledad soleh solenn soline solocone solomon ' +
  'solon solveig solveiga solène som soma somnath somu sondre songül sonia sonja sonjo sonny sonya ' +
  'soof sophia sophie soraia sorana soraya soren sorin sorina sostene sosteneo sostrato soter ' +
  'sotira souleyman souleymane soumaya sowande soňa spano spartaco spencer speranza speranzio ' +
  'spiridon spirydion spytihněv spīdola srboljub sredoje srećko srečko srna stacey stacy stan stana ' +
  'stanca stancu stanford stanimír stanislao stanislas stanislav stanislava stanisław stanko ' +
  'stanley stanton staša steen steeve stef stefan stefana stefania stefanie stefanino stefano ' +
  'steffen stela stelian steliana stella steluta sten stepan stepanida stephaans stephan stephane ' +
  'stephania stephanie stephany stephen stephon sterre stevan steve steven stevie stewart stig ' +
  'stijn stiliano stina stine stipan stipe stiriaco stjepan stojan stojanka stojmír strahinja ' +
  'stribor stuart stáza stéphane stéphanie stêr su suat subash subhash subhashini subhasini subhi ' +
  'subodh subomi sucheta suci sude sudeva sudi sue-marie suhrob sujata sukanya sulaymon sulton suma ' +
  'suman sumayyah sumeet sumitra sunay sune sunita sunniva sunčica suraj surano suresh sururi surya ' +
  'suryakant suryakanta suryakantam susan susana susanna susanne susano sushant susheel sushil ' +
  'sushma susie suus suyuna suzan suzana suzanne suze suzie suzon suélen svatava svatoboj svatobor ' +
  'svatomír svatopluk svatoslav svatoslava svea sveatoslav svebor sven svend svenja sverre ' +
  'svetislav svetlana svetolik svetomir svetoslav svetozar svetozár sveva svitlana sviturno ' +
  'svätopluk světla světlana světluše swami swan swann swapnil swara swarnalata swarup swassane ' +
  'sweta syahrini sybilla sybille syble sydnee sydney sydni sydnie sylva sylvain sylvan sylvester ' +
  'sylvestre sylvia sylviane sylvie sylwester sylwia synne syrine szabolcs szczepan szofi szofia ' +
  'szonja szymon szófia sába sámo sámuel sándor sáng sára sáva sâkıp sâm sânziana sébastien ' +
  'ségolène sékou séléna séraphin sérgio sérine séréna séverin séverine sílvia sîma sîpan sông ' +
  'sönke sören søren süheyl süleyman sĩ sıdkı sıla sırrı tabea tabita tabitha tabris taceddin ' +
  'tacjana tad taddeo tade tadej tadeo tadeáš tadija taha tahir tahlia tahsin taib taide taisia ' +
  'taiwo tal talat talay talea talha tali talia talip talita talon talya tamara tamer tami tamia ' +
  'tamina tamino tammaro tammo tammy tamás tamāra tancredi tancrède taner tanguy tania tanirika ' +
  'tanja tanju tankred tanner tansu tantri tanushree tanushri tanya tanyeli tao tapan tapani tapio ' +
  'tara taras tarcisio tari tarik tarja tarkan tarquinia tarsilla tarso tarun taryn tarık tasa ' +
  'tasdik tasha tasnim tasnime taswir tate tatiana tatjana tatum tatyana taufan taufik taurean ' +
  'taurin tavares taya tayfun tayler taylor tayyar taziana taziano tazio taïna taïs taşkın taťána ' +
  'teagan tecla ted teddy tedi teea teguh teije tej teja tejas tejumola tekin tekinalp tekla ' +
  'telchide telemaco telica tellervo telly temel temidayo temistocle temitope teo teobald teobaldo ' +
  'teodata teodolinda teodor teodora teodorik teodoro teodosia teodosio teodoto teodoz teodozie ' +
  'teofan teofil teofila teogene teohari teoman teona terenc terence terencius terencjusz terenzio ' +
  'teresa tereza terezie terezija terezo teri terrance terrell terrence terri terrill terry ' +
  'tertuliano terzo terézia terēze tesauro tesifonte tesnim tesnime tess tessa tessie tetiana ' +
  'teudosia teun teunis tevfik tevhid tevin tezcan tezel tezer thabisa thad thaddeus thadie thalea ' +
  'thalia thamsanqa thando thanh thanina thaïs thea thelma themba theo theobald theodor theodora ' +
  'theodore theodorik theodosie theofan theofil theofila theophane theophile theotime theresa ' +
  'therese theresia theron therèse theunis theuns thi thiago thibaud thibault thibaut thibert thibo ' +
  'thierno thierry thies thije thijmen thijn thijs thilo thirza thiên thoa thobeka thom thomas ' +
  'thora thorben thore thorge thu thulani thulisile thurman thy thành thái théa théo théodora ' +
  'théodore théodose théophane théophile théophraste thérèse thêu thông thùy thúc thúy thăng tia ' +
  'tiago tian tiana tianna tiara tibaldo tibbe tiber tiberia tiberio tiberiu tiberius tibo tibor ' +
  'tiburcius tiburzio tichomil tichomír tichon ticone tidiane tieme tierra tiffany tiguida tihomir ' +
  'tiina tija tijana tijmen tijn tijs til tilda tilen tilio tilla tillman tillmann tim timbul timea ' +
  'timeo timm timmothy timmy timo timofei timoléon timon timotei timotej timoteo timoteus timothe ' +
  'timothee timothy timothée timur timéo tina tinca tine tinh tino tiphaine tira tiril tirone tirta ' +
  'tirtayasa tirza titi titien titilayo titilope titin tito titouan titus tizian tiziana tiziano ' +
  'tizio tiên tjark tjaša tobia tobias tobiasz tobiloba tobin tobiáš toby tod todd todor tohir toke ' +
  'toki tokunbo tolga tolomeo tolulope tolunay toluwalope toluwani toluwanimi tom toma tomas tomasa ' +
  'tomaso tomasz tomaž tome tomi tomiloba tomislav tomislava tomke tommaso tommie tommy tomo tomori ' +
  'tomás tomáš tomáška tomé toney toni tonija tonka tonko tonnin tony tonya tonči tončica toon tope ' +
  'tor torben torbjörn tore torey torkvát torquato torrance torrey torsten tosca toscane tosco ' +
  'toska toussaint toyip toàn tracey traci tracy traian trajan trang tranh tranquillo trasea travis ' +
  'travon tre tremaine tremayne trent trenton tressa tressie treva trever trevion trevor trey tri ' +
  'tricia trilochan trilochana trilok trilokanath trilokesh triloki trine trinh trinity trisha ' +
  'tristan tristano tristian tristin triston troels trofim troy trpimir trpko trudie trung trycia ' +
  'trystan trà trác tráng trâm trân trình trí trúc trīne tsabita tsipora tuana tuba tudor tudora ' +
  'tudosia tufan tugay tugiman tuhfe tullia tulliano tullio tunahan tunar tunay tunç tunçer tuomas ' +
  'turan turgay turgut turi turibio turna turner turold tushar tussio tutku tuula tuulikki tuur ' +
  'tuva tuğba tuğrul tuğtekin tvrtko twan twila ty tybalt tycho tygo tyler tymeo tymon tymoteusz ' +
  'tyra tyree tyreek tyrel tyrell tyrese tyrique tyron tyrone tyshawn tyson tài táňa tâm tân tích ' +
  'tín tính tôn tùng tùy tú túy tülay tülin tümer türkan türkay türker türkeş tālis tālivaldis ' +
  'tālrīts tīna tınas ubaldo ubaydulloh ubertino uberto uchita uchqun uda udai udit udo ueli uffe ' +
  'ufuk ugo ugolina ugolino uguccione uhra ujjawal ujjwal ukbe ulberto ulderico ulduz ulf ulfa ulfo ' +
  'uli uliana ulices ulises ulisse uliva ulla ulpiano ulrich ulrico ulrik ulrika ulstano ultimo ' +
  'ulus uluthando ulva ulvi ulviye ulwazi ulya ulysse uma umang umar umay umaya umberto umi umid ' +
  'umida umidulloh umile umur umuralp umut una undīne unggul unjani unna upendra upik upton uqbaloy ' +
  'uranio urbain urbano urdino urfon uriah uriel uriele urmila uroš urs ursicio ursino ursmaro ' +
  'ursula ursule ursulo urška uršula uršuľa usame usha usman usmon usyi utama utku uttam uve uy ' +
  'uygu uyên uzayr uzbegim uzodimma uğur uģis vada vadim vafo vagn vahdet vahid vahide vahâ vaidehi ' +
  'vaijayanthi vaijayanti vaishnavi vaishno vaishvi vala valburga valdemar valdemara valdemārs ' +
  'valente valentijn valentim valentin valentina valentine valentino valentín valentína valentýn ' +
  'valentýna valentīna valentīns valera valeri valeria valeriana valeriano valerico valerie valerii ' +
  'valerija valerio valeriu valerián valfredo valfrido vali vallie valtena valter valtr valtteri ' +
  'valère valér valéria valérie valéry valērija valērijs vance vanda vanesa vanessa vania vanja ' +
  'vanna vanya varalakshmi varo varvara vasanti vasco vasil vasile vasili vasilica vasilică vasilie ' +
  'vasilina vasilisa vasja vasko vasliddin vasudev vasudeva vasudha vasundhara vatroslav vaughn ' +
  'vavrinec vavřinec veaceslav vecdi veceaslav veceslav veda vedang vedanga vedanshi vedasto vedat ' +
  'vedran vedrana veerle vefa vefik vega vehbi veikko veit vela velana velaphi velda veleslav ' +
  'veleslava veli velibor velimir velimira velimír velina velio velislav velislava vella velma ' +
  'velva vena venance venanzio vencel venceslao venceslas vendel vendelín vendelína vendula ' +
  'vendulka venera veneranda venerando venere venerio veniamin ventura venusta venustiano venusto ' +
  'venuše vera verano verda verdiana verdie vere verecondo verena verenzio vergie vergiliu verginia ' +
  'veriana verica veridiana verla verlie vern verna verner vernice vernie vernon vero verona ' +
  'veronica veronika veroniko verulo verónica veselinka vesile vesna vespasiano vesper vesta veta ' +
  'veysel veysi vezio vi vianney vibeke vic vica vicdan vicenta vicente vicki vickie vicky victoire ' +
  'victor victoria victorien victorin vid vida vidak vidal vidhur vidhya vidiano vidone vidor vidur ' +
  'vidya vienna viera vieroslava vieve viggo vigile vigo vijay vijeko vijolīte vik viktor viktoria ' +
  'viktorie viktorija viktorin viktoro viktorín viktória vildan vilde vilemína vilfredo vilhelm ' +
  'vilhelmino vilhelmo vilhelmīne viliam viliana vilibald viliberto viljem ville villy vilma vilmar ' +
  'vilmos vilmārs vilém viléma vilĉjo vimal vimala viman vin vinay vince vincenc vincencie vincent ' +
  'vincenza vincenzo vinciane vindonio vinebaldo vinfrido vinh vinicio vinka vinnie vino vinsen ' +
  'vinz viola violante violet violeta violetta violette violina viorel viorela viorelia viorica ' +
  'virgie virgil virgile virgilio virgiliu virgin virginia virginie virginio virgínie virman virone ' +
  'virág visarion viscardo vishnu vishwamitra vissia vita vitale vitali vitalia vitalico vitalie ' +
  'vitalii vitalina vito vitold vitor vittore vittoria vittoriano vittorio vitus vitória vitālijs ' +
  'viva vivaldo vive vivi vivian viviana viviane vivianne viviano vivien vivienne vizbulīte viên ' +
  'višnja vjekoslav vjenceslav vlad vlada vladan vladana vladek vladilena vladimer vladimir ' +
  'vladimira vladimiro vladimír vladimíra vladislav vladislava vladivoj vladlen vladlena vlado ' +
  'vladěna vlaicu vlasta vlastimil vlastimila vlastimir vlastimír vlastimíra vlastislav vlastislava ' +
  'vlatka vlatko vlk vodingo voicu vojen vojin vojislava vojmil vojmír vojmíra vojslav vojslava ' +
  'vojtech vojtěch vojtěška vok voldemārs volfango volfgang volkan voršila vosil vratislav ' +
  'vratislava vratko vreni vrinda vrund vsevolod vu vujadin vujica vuk vukan vukašin vukica vukota ' +
  'vulmaro vulpiano vuslat vusumuzi vy vyas vàng vành václav václava vân vânia véronique víctor vít ' +
  'víta vítor vítoslav vítězslav vítězslava víťazoslav võ văn vēsma věduna věnceslav věnceslava ' +
  'věnek věnka věra věroslav věroslava věslava vĩ vĩnh všeboj všebor všerad všeslav vũ wacław wade ' +
  'wadi wael wahyu waino wakiman waldo wale walenty walentyn walentyna waleran waleria walerian ' +
  'walery walgierz walid walker wallace walter walton waluyo waly wanda wandrille wanesa wani ' +
  'wannes waqila ward wardaya wardi warji warley warre warren warsa warsita warta washington wasis ' +
  'wassim watson wava wawan wawrzyniec waylon wayne waël webster welat weldon wellington wende ' +
  'wendell wendy werner weronika wes wesley wessel westley weston whitney wiara wibke widya wiebke ' +
  'wiem wies wiktor wiktoria wilber wilbert wilbur wilburn wiley wilford wilfred wilfredo wilfrid ' +
  'wilfried wilfryd wilhelm wilhelmina wilhelmine willa willard willem willi william willie willis ' +
  'willow willy wilma wilmer wilson wilton wincenty winda winfield winifred winnifred winona ' +
  'winston wira wirda wirginia wisnu wissam wissem witalis wm wolfgang woodrow wout wouter wulan ' +
  'wulandari wuraola wyatt wyman władysław włodzimierz xalima xanana xander xanh xatûn xaver ' +
  'xaverie xaverius xavi xavier xavière xebat xem xenia xenie xezal ximena xochitl xuân xzavier ' +
  'xénia xénophon yaa yacine yacouba yadira yael yago yahya yahyo yakubu yalgın yalçın yaman ' +
  'yamileth yamina yana yance yango yani yanis yann yanni yannic yannick yannik yannis yaprak yara ' +
  'yarah yaren yaretzi yaro yaron yasemin yasin yasmeen yasmin yasmina yasmine yasser yassin ' +
  'yassine yassir yavuz yaw yaya yazid yazmin yaël yaëlle yağmur yağız yaşar yejide yekta yelda ' +
  'yeliz yener yenthe yesenia yessenia yessi yetkin yetunde yewande yeşim yfke yibanathi yinthe ' +
  'yiğit ylan ylvi ylvie yoan yoann yoav yoel yoga yogendra yogesh yoginder yohan yohann yolanda ' +
  'yolande yona yonca yoni yono yoqub yorbek yoro yorqin yosef yoshiko yosra yossef yosun youcef ' +
  'youmna youna younes youness younès youp youri yousef yousra youssef youssou youssouf youssouph ' +
  'youssoupha yozida yoznur yoël ysaline yse ysee yseult ysé ysée yulia yuliana yumi yuna yuni ' +
  'yunita yunus yuri yusuf yvan yven yves yvette yvonne yên yûsiv yüce yücel yüksel yümni yıldırım ' +
  'yıldız yılmaz zabedeo zabina zabir zac zaccaria zaccheo zach zachar zacharia zachariah ' +
  'zachariasz zacharie zachariáš zachary zachery zaché zack zackary zackery zadig zaenab zafar ' +
  'zafer zafir zahar zaharia zahide zahir zahra zaida zain zainab zaira zakaria zakariya zakary ' +
  'zakarya zaki zakir zala zalindra zalán zama zamfir zamfira zamir zamira zana zander zane zanele ' +
  'zanita zanobi zara zaraza zaria zarije zarina zaur zavida zayd zayn zayneb zayniddin zbislav ' +
  'zbyhněv zbyhněva zbyněk zbyslav zbyslava zbyňka zbyšek zbyška zdena zdenka zdenko zdeněk zderad ' +
  'zdeslav zdeslava zdeňka zdirad zdislav zdislava zdravko zdík zechariah zef zefiro zehra zeinab ' +
  'zejnep zekai zekeriyyâ zekiye zelaya zelda zelie zeliha zelinda zella zelma zeltīte zena zenaide ' +
  'zenebio zeno zenobia zenobie zenobio zenon zenone zenovia zente zenzele zephyr zerdeşt zerrin ' +
  'zerya zetico zetta zev zeyd zeynab zeyneb zeynel zeynep ziad ziedīte zigfrīda zigfrīds zigmārs ' +
  'zigrīda zihnî zikmund zilan zilola zina zinaida zineb zinedine zinovia zion zita zithulele ziva ' +
  'ziver ziya ziyad ziyanda ziyo ziyâd zizi zlata zlatan zlatica zlatka zlatko zlatomír zlatomíra ' +
  'zlatuše zobuhle zoe zoey zofia zofija zohid zohir zohra zoia zoie zoila zoilo zoja zokir zola ' +
  'zoltan zoltán zora zoran zorana zorina zorka zoroslav zoroslava zosim zosima zosimo zoyir zoé ' +
  'zoéva zoë zrinislav zrinko zselyke zsolt zsombor zsófia zubayr zula zulaikha zulfa zulfikar ' +
  'zuxra zuzana zuzanna zvezdana zvonimir zvonimír zvonimíra zvonko zyad zygmunt záboj záviš zâfir ' +
  'zâhit zénó zéphirin zétény zîlan zîn zübeyde zübeyr zühal zülal züleyha zülfikâr zümrüt zīle ' +
  'ábel ádám ái ákos ámos án ángel ángela ángeles ánh ármin áron árón áurea âmir ân ângelo åke åsa ' +
  'çaba çabdar çablı çabuş çalapkulu çankız çağan çağatay çağdaş çağla çağlar çağlayan çağru çağrı ' +
  'çağrıbeğ çağrıhan çağrıtegin çağıl çelen çelik çemen çemgen çetin çetinel çetiner çeykün ' +
  'çeşminaz çilay çilenti çiler çimen çise çisil çiçek çiçem çiğdem çişem çobulmak çocukbörü ' +
  'çokramayul çolman çolpan çîya çölü çıgıl çıngır ève édith édouard éleuthère élia éliane élias ' +
  'élie élisabeth élise élisée élodie éloïse élzéar éléna éléonore émeline émeric émile émilie ' +
  'émérance émérencie énora épiphane éric érica étienne éva évangéline évariste évelyne évrard ígor ' +
  'íris óscar ömer önder öykü özcan özden özer özge özgür özhan özkan özlem özlen öznur ülfet ülgen ' +
  'ülker ülkü ümit ümmiye ümran ünal ünsel ünseli üzeyir ādams ādolfs ārija ārijs āris ĉarloto ' +
  'čarna časlav čedomir čeněk čestmír čestmíra čeňka čistoslav čistoslava đan đina đinh đoan đorđe ' +
  'đoàn đura đurađ đurda đurica đài đàn đào đình đôn đông đăng ērika ēriks ēvalds ģederts ģertrūde ' +
  'ģirts ĥimeno īrisa ĵeromo ľubica ľubomír ľubomíra ľubor ľuboslav ľuboslava ľuboš ľudmila ľudomil ' +
  'ľudomila ľudovít łazarz łucja łukasz řehoř řehořka şaban şadan şahap şahin şahinalp şahsuvar ' +
  'şahsüvar şaiq şakir şamil şarani şayan şebnem şecaeddin şefik şehlevent şehrazat şelale şemsi ' +
  'şenay şener şengül şennur şenol şerafettin şeref şerif şermin şervan şevket şevki şevval şeyban ' +
  'şeyda şeyma şihab şihabeddin şiir şinasi şir şule şâfi şêxmus şîlan şîrîn şükrü šalamoun ' +
  'šalomoun šarlota šavel šebastián šimon šimona špela štef štefan štefánia štěpán štěpána štěpánka ' +
  'šárka šťasta żaneta žakelina žakelína žan žaneta žanete žanis žanna žarko ždan ždana želibor ' +
  'želimír želimíra želislav želislava željka željko želmír želmíra ženija žiga žigmund žitomír ' +
  'žitomíra žitoslav žitoslava živa živan živana žofia žofie žubīte ';

export const LAST_NAMES_TEXT =
  'aalbers aalerud aaltonen aas aasen ababii abacı abadan abadžija abadžić abalıoğlu abate abay ' +
  'abazović abbas abbate abbondanza abbosov abbosova abbott abbrescia abdi abdulahadyev ' +
  'abdulahadyeva abdulazimov abdulazimova abdulazizov abdulazizova abdulboriyev abdulboriyeva ' +
  'abdulhafizov abdulhafizova abdulhakimov abdulhakimova abdulhayov abdulhayova abdulholiqov ' +
  'abdulholiqova abduljabborov abduljabborova abduljalilov abduljalilova abdulkarimov abdulkarimova ' +
  'abdullatifov abdullatifova abdullayeva abdulmalikov abdulmalikova abdulqahhorov abdulqahhorova ' +
  'abdulqodirov abdulqodirova abdulvahhobov abdulvahhobova abdulvaliyev abdulvaliyeva abdulvohidov ' +
  'abdulvohidova abegglen abel abernathy abeyta abicht abimanyu abiodun abiola abiputra abodunrin ' +
  'abosede abraham abrahamsson abramovic abrego abreu abshire abt abu acar accardi accardo accurso ' +
  'aceto acevedo achari acharya acheampong achilles achim achkinadze ackerman ackermann aclan ' +
  'acosta acquadro acquaviva acquistapace acuña adadevoh adal adam adamcová adamczak adamczyk adame ' +
  'adamec adamek adami adamiak adamiec adamo adamović adamová adamowicz adams adamski adamus adan ' +
  'adanır adaobi adar adašević adcock addari addis ade adebayo adebisi adegbite adegboye adegoke ' +
  'adekunle adel adelakun adeleke adelusi adem ademayowa ademiluyi ademola adeniyan adeoluwa ' +
  'aderibigbe aderinsola aderogba aderonke adesina adesiyan adewale adewunmi adewura adeyemo ' +
  'adhikari adhitama adiga adin adisa adomah adomako adongo adorno adragna adriansyah adu adusei ' +
  'adutwum adámek adámková adıvar aebi aebischer aeby affinito afifah afirifa afoakwa afolabi ' +
  'afolayan afonja afunku agarwal agboola agnello agnes agostinelli agostini agosto agresta aguayo ' +
  'aguilar aguilera aguirre aguridić agustian agustina agyapong agyare agyei agyemang ahić ahlke ' +
  'ahluwalia ahmad ahmed ahmetspahić ahonen ahortor ahrenberg ahrens ahrorov ahrorova ahuja aiello ' +
  'aigare aigars aigbiniode aigner aigroz airlangga ajakaiye ajao ajayi ajewole ajose-adeogun ' +
  'ajvazović akal akalın akan akar akay akaydın akbaba akbay akbulut akcan akdağ akdemir ' +
  'akeem-omosanya akel akerele akgöz akgül akgün akifović akinrinola akintade akkan akkaya akkaş ' +
  'akkor akkoyun akkoyunlu akkoç akkurt akmalov akmalova akman akoto akowua akpınar akramov ' +
  'akramova aksakal aksel aksentijević aksentić aksin aksić aksović aksoy aksungur aktan aktay ' +
  'aktaş akyeampong akyel akyena akyürek akyüz akyıldız akçal akçalı akçay akın akıncı akışık akşit ' +
  'akšam alabi aladić aladžić alaimo alaković alamsyah alan alanis alaniz alanović alaníz alarcón ' +
  'alargić alavanja alavantić alba albanese albano albert alberti albertyn albrecht albrechtová ' +
  'albu albuquerque alcala alcalá alcamo alcaraz alcántar aldea alejandro aleksandrowicz aleksić ' +
  'alemán alessandrini alessi alev alexa alexander alexandrescu alexandru alexe alfano alfaro ' +
  'alfermann alfieri ali alicea alidi aligbe alih alija alikavazović alisherov alisherova ' +
  'alivernini aliyev aliyeva alizadeh aličić aljančić alkan alkaya alkhamis alković alksne alksnis ' +
  'allegretti allgeyer almanza almaraz almaráz almašac almeida almonte alnıaçık aloba aloi alonso ' +
  'alonzo alparac alpman alpuğan altamirano altan altenwerth altieri altun altuntaş altınay ' +
  'altınbaş altınel altınok altıntaş altınışık altıok aluga alva alvarado alvarez alves alyanak ' +
  'alıcı amabile amado amador amadori amaechi aman amann amanta amar amaral amato amaya amberg ' +
  'ambrosini ambrosino ambrosio ambrož ambrožová amendola amerio amici amico aminat amla ammann ' +
  'ammoscato amo amoa amoako amoasi amorim amoroso amoruso ampadu ampofo amponsah amrein amundsen ' +
  'ananda anandya anasov anasova anaya ancona anda andersen anderson andersone andersons andersson ' +
  'andesilić anding andini andić andonov andonović andorful andrade andre andreassen andreasson ' +
  'andrei andrejević andrejin andrejić andreković andreoli andresen andriani andries andrisani ' +
  'andriška andrle andrlová andronic andrzejczak andrzejewski anděl andělová anelli angeletti ' +
  'angeli angelini angelis angeloni angelucci anggraini anggreny anggriawan anghel angster anguiano ' +
  'angulo anjani anjos ankra ankunding anne annunziata anokye ansa anselmi anselmo antal antalová ' +
  'antczak antenucci antezza antoci anton antonacci antonelli antoni antonini antonić antonović ' +
  'antonucci antović antoš antošová anttila antunes antunović antušević antwi anučin anušić ' +
  'anvaryev anvaryeva anzalone anđelić anđelković aparicio apicella apitz apodaca aponte apostol ' +
  'appia appiah aprile aqila aquino aragón aramini aranda arap aras araña araújo arcangeli arce ' +
  'archuleta arda ardana ardelean ardeleanu ardianto ardiyanti aregger arellano aremu arendt arens ' +
  'arevalo argenio argento argiolas arguello argüello arhanić arias arifin arlović arman armas ' +
  'armendáriz armenta armijo armstrong arnaud arnaut arndt arnesen arnold arora arpaši arredondo ' +
  'arreola arriaga arroyo arsenić arsić arslan arslanoğlu arslonov arslonova arteaga artioli ' +
  'arvidsson aryal aryani aryanti aryee arāja arājs arıcan arık arıkan arığ asadov asadova ' +
  'asadullohyev asadullohyeva asamoa asamoah asan asante asare asaro aschenbroich ascione asenso ' +
  'ashley asiama asiedu asil asilbekov asilbekova aslan aslanoğlu aspere aspers assmus assunção ' +
  'astafei astolfi astuti aswandi ata atakan atakol atalık atan atanasov atanda atasever atay ' +
  'atencio ateş atik atlı atzeni atzori atıcı atılgan au aubert aubry aucamp auer aufderhar ' +
  'augustyn augustyniak auld aurelia auziņa auziņš avallone avan avazyev avazyeva avcı avcıoğlu ' +
  'avilés avola avram avsec awodiran awolowo awuah axelsson axmann ayala ayandokun ayaydın ayaz ' +
  'aybar aycan aydan aydemir aydoğdu aydın aygün ayhan ayisat aykan aykaç aykurt aymonier ayobami ' +
  'ayomide ayoola aytaç aytek aytekin ayverdi azad azamatov azamatova azara azevedo azinić azizah ' +
  'azizov azizova azzahra açar açıkalın açıkgöz aïdara aćimović aćin aćić ačanski ačić ađanski ađić ' +
  'ağa ağaoğlu ağca ağırbaş aşkın aşçı aşık aşıkoğlu ašanin ašađanin ašimi aškraba aškrabić ašonja ' +
  'ašćerić aždajić ažić ba baa baafi baah baarck baawia babac babacan babalj babalola babalı ' +
  'babaoğlu babarogić babatunde babatz babel babin babini babić babka babková babou babović ' +
  'babtunde baburić baca bacalo bacci bacher bachmann baciu badane badea bademci badenhorst bader ' +
  'badiane badillo badji badjuk badu baeza baganz bagaskara baggio baghy bagiński bagnoud bahadır ' +
  'bahena bahl bahna bahno bahnová bahodirov bahodirova bahriddinov bahriddinova bahringer bahromov ' +
  'bahromova bahun bailey baiocco bajc bajer bajerová bajāre bajārs bajčetić bajčić bajšanski bak ' +
  'bakal bakan bakaran bakare bakarec bakhoum bakhtiyorov bakhtiyorova baki bakke bakken bakker ' +
  'bakos bakırcı bakırcıoğlu balaban balabanović balajić balan balat balašević balašković balaž ' +
  'balažević balboni balcar balcarová balcer balcerzak balck balcı baldacci baldassarre balderas ' +
  'baldi baldini baldo balducci baldé balestra baleta baletić balević balešević balint balinčić ' +
  'balistreri baljak balkow balla ballarin ballesteros ballouhey ballı balmer balnuweit balode ' +
  'balodis balog balogh balogová balogun balogšandor baloun balounová baloyi balsamo baltacı baltag ' +
  'baltin balzano balzer balázs baláž balážová bamidele bamiloye bamisebi banach banasiak banasik ' +
  'banaś banda bandini bandić bandićštimac bandl bandopadhyay banerjee bang bani banica banić ' +
  'banićević banićjokić banjac banjak banjalić banjari banov banse banu baptista barajas baral ' +
  'baraldi baran baranjec baranka baranková baranová baranowski barański barbagallo barbarićšehić ' +
  'barbarosoğlu barbarossa barbarulo barbato barbera barberi barberis barbero barbier barbieri ' +
  'barbiero barbosa barbu barbulescu bardek barela baretta bareš barešová bargan bari barile ' +
  'barillà barinić barisić barišić barlas barletta barna barnard baron barone baroni barons ' +
  'barošević baroševčić barr barra barragán barras barraza barre barreca barrera barresi barreto ' +
  'barretta barrientos barrios barros barrows barry barsotti barta bartczak bartell bartels barth ' +
  'bartkowiak bartnik bartoletti bartoli bartolini bartolomei bartolucci barton bartosik bartovič ' +
  'bartovičová bartoň bartoňová bartoš bartošek bartošková bartošová bartulin barták bartáková ' +
  'bartůněk bartůňková barylla barzani barák baráková basar-klapec basara basarić baseda bashirian ' +
  'basile basmacı basnet bassani bassi basso basson bastajić bastać bastien bastola basynat ' +
  'batinićšantić batista batnožić bato battaglia battista battisti battistini battke baturalp batz ' +
  'bauch bauer bauermeister bauerová baumann baumbach baumeister baumgartner baur bauschinger ' +
  'bauschke bavaud bawer bayazıt baydar bayeni bayer bayerová baykam bayraktar bayraktutan baysoy ' +
  'bañuelos bača bačová bağış başaran başer başoğlu bašta baštová bažant bažantová beahan beatty ' +
  'beauchemin beavogui becerra bech bechtelar beck beckel becker beckmann bedewitz bedini bednar ' +
  'bednarczyk bednarek bednarski bednarz bednařík bednaříková bednář bednářová beek beele beerli ' +
  'beggerow beh behr behrenbruch behruzov behruzova beier bein beissmann bejan bejenari bejenaru ' +
  'bekavac bekdik bekjarev bekker bekmurodyev bekmurodyeva beko bekonja bekovac bektaş bektaşoğlu ' +
  'bekvalac bekčić belcar belec belenzada belivuk belić bella belli bellini bello bellomo bellotti ' +
  'bellucci belmonte belojević belopoljac belotti belović belovljev belovuković beloševac belošević ' +
  'beltrame beltrami beltrán belvisi belz belčević benaković benatti benavides benavídez ' +
  'benašićpavlović benda bender bendová benecke benedetti benedetto benetti beneš benešová ' +
  'bengtsson bengu benigni benini benjamin bennardo bennemann benner benninger benoit bentivoglio ' +
  'benvenuti benvenuto benz benzing benítez berak beran beranová berardi berberoğlu berends beretta ' +
  'berg bergamasco bergamini berge berger berggren berglund bergman bergmane bergmanis bergnaum ' +
  'bergqvist bergrová bergstrom bergström beribak berk berka berková berky berkyová bermúdez ' +
  'bernabei bernal bernard bernardi bernardini bernardová bernasconi bernatović berner berney ' +
  'bernhard bernier berning bernolák bernoláková berntsen berríos berset bertaccini bertani ' +
  'bertelli bertelsen bertenbreiter berthoud berti bertini berto bertolini bertolussi bertrand ' +
  'berxwedan beránek beránková beso bester betancourt bethke betschart betti betz beushausen ' +
  'beutelspacher bevilacqua bevk beye beyeler beyer bezděk bezděková bezjak bezuidenhout bečka ' +
  'bečková bečvář bečvářová beđan beļavske beļavskis beňo beňová beşerler beşikçi beşok bhadresha ' +
  'bhana bhandari bharadwaj bhat bhattacharya bhattarai bhattathiri bhembe bhengani bhengu bhuyeni ' +
  'biagetti biagi biagini bianc biancheri bianchetti bianchi bianchini bianco biasci biase białas ' +
  'białek białkowski biba biccari bicek biceková bichler bickel bicknell bidaud bideau biedermann ' +
  'biedrzyński bielak bielawski bielecki bieler bielert bielik bieliková bielski bienasch bienias ' +
  'bieniek bieri biernacki biernat biesenbach bieńkowski bigdeli biggi biglebauer bijl bildik bilen ' +
  'bilge bilgen bilgin bilgiç biljan bilogravić bilolyev bilolyeva bilopavlović bilski bindi bini ' +
  'bins bionaz biondi birca birinci birkemeyer birlik biro biro-datković birtašević birziņa birziņš ' +
  'birzniece birznieks biró birčaković birčanin bisconti biseniece bisenieks bisgaard bisio bisset ' +
  'bitca biteye bittner bittnerová bivol bivolarević biyela bizetić bizjak bizumić bizzarri biçer ' +
  'bićanin biškićmerkaš bjelanović bjeletić bjelica bjelinić bjelivuk bjelić bjeličić bjelja ' +
  'bjeljac bjelkić bjelobaba bjelobrk bjeloglav bjelogrlić bjelojević bjerke bjerregaard björk ' +
  'björklund bjørnstad blaga blaha blaho blahová blanc blanchard blanckenberg blanco blanda ' +
  'blaschek blaser blasi blassneck blatančić blatter blaua blaus blazer blazević blaćanin ' +
  'blaško-vidosavljević blašković blažanović blažek blažková blecha blechová blekte blick bloch ' +
  'blochwitz blockhaus blom blomqvist blum blume bláha bláhová boadi boadu boahen boakye boaten ' +
  'boateng bobek bober bobeta bobinac bobková boboc boburov boburova bocchi boccia bochenek bocić ' +
  'bock bockovac-kunštek bocokić boda bode bodea bodian bodini bodiroga bodnár bodrug boduroğlu ' +
  'boehm boer boffa bogan bogdan bogdashin bogdán bogenrieder bogisavljević bogisich bognár ' +
  'bogoljubović bogosavac bogucki bogusz bohge boháč boháček boháčková boháčová boi boico boirac ' +
  'boje bokanović bolat bolatlı bolf-kovačić bolkovac bolle bolliger bolm bologna bolot-salaj bolta ' +
  'boltić bolunović bomeštar bona bonanni bonanno bonato bonazzi bondare bondarenco bondars bonde ' +
  'bonderović bondra bondrová bondžić bonelli bonetti bongiorno bongiovanni bongo boni bonifazi ' +
  'bonilla bonini bonis bonnet bono bonomi bonomo bonsra bonsu boratav borbély bordian bordoni ' +
  'borek borelli borer borge borgeaud borges borghi borgia borgschulze borilović borinčević ' +
  'borisavljević bork borkovački borković borkowski bormann bornscheuer boros borovac borovička ' +
  'borovičková borowiec borowski borrego borrelli borrmann bors borsch borta bortolin bortoluzzi ' +
  'bortot boruschewski borčanin bos bosanac bosančić boscaino bosch boschetti boschi bosco boscolo ' +
  'boshoff bosi bosiljkić bosiljković bosiljčić bosler bosman bossard bosshard bosson bossy bostan ' +
  'bosák bosáková bota botan botello botezatu botha botiryev botiryeva botnari botnaru botsford ' +
  'botta boucher bouda boudová boulton bourcard bourgeois bourlet bourrouag bouschen bouwes bouček ' +
  'boučková bouška boušková bove bovolenta boxhammer boyacı boyde boye boyer boyes boyle boz bozalo ' +
  'bozdok bozdokov bozdoğan bozkurt bozkır bozoğlu bozsik bozzi bozzo boček bočkai bočková boška ' +
  'bošková bošnjakovićholik bożek božanić božanović božićković božič božičanin božičić božičković ' +
  'brabcová brabec brabencová brabenec brada bradová bradtke bradvić bradáč bradáčová braga brahaj ' +
  'braia brakus brambilla branca branco brandenburg brandi brandis brandt bratina bratojević ' +
  'bratonožić bratović bratu brauer braun braunová bravo bredenkamp brehmer breitenberg ' +
  'breitenstein brejcha brejchová brekke bremer bremser brenner bresciani bressan breton ' +
  'brettschneider breu breuer brezina brezinová breznik brezo brezovac brezovnjački brečko breņķe ' +
  'breņķis brešković brežančić briano briede briedis briesenick brigandì brignone bringmann brinjak ' +
  'brink brinkmann brinza briones briseño brisuda brito brits brix brizzi brkanović brkić ' +
  'brnićlevada broda broek broening brogi brogli bromfield brosch brouwer brož brožek brožková ' +
  'brožová bruckmann bruder bruen bruhns bruijn brumat brun brunelli brunet brunetti bruni ' +
  'brunkeviča brunkevičs brunner bruno bruns bruschi bruun bruyn bruzzone brychta brychtová ' +
  'brzeziński brzozowski brázda brázdil brázdilová brázdová brändli bräutigam brömme brügger ' +
  'brüggmann brđanin brđović buač buača bubalo bubeník bubeníková bucaklı bucalo bucalović buccheri ' +
  'bucci buch bucher buchholz buchrucker buchta buchtová buckridge bucur buczek buczkowski ' +
  'buczyński buda budai budak buder budiman budimčić-kovačević budiyanto budreiko budziński ' +
  'budzyński bueno buga buhl buile builis bujak bujor bukovská bukovský bukowski bulaja bulak bulat ' +
  'bulatović bulgarelli buljat buljin buljubašić buljugić bulovan bulthuis bultmann bulut bundgaard ' +
  'bunea bunescu bunjes bunoza bunuševac buongiorno buonomo burani burazer burazor burckhardt burda ' +
  'burdová burduja burević bureš burešová burger burghagen burgio burgić burgos burhonov burhonova ' +
  'burian burianová buriánek buriánková burkhard burkhardt burlacu burmeister burri buruiana buruk ' +
  'burzyński burđak busak busari busch buschbaum busemann buslaver buss busse bussmann bustamante ' +
  'bustos busuioc butarević butera buthelezi butnaru buuren buzzi bučanin buček bučkalović bučková ' +
  'buđićhalas buša bušetinčan bušs byrd byrtus byrtusová báez bálint bárta bártová bäcker bär ' +
  'bättig bétancourt bílek bílková bílá bílý bína bínová böhm böhmová bölükbaş bölükbaşı bönisch ' +
  'börgeling börner böttner bùi büchele bühler bühlmann büker büngener bürger bürklein büscher ' +
  'büttner bąk bąkowski bērziņa bērziņš bērzīte bērzīts bělohlávek bělohlávková bīriņa bīriņš ' +
  'bıçakçı błaszczak błaszczyk březina březinová bříza břízová caballero cabras cabrera cabán ' +
  'caccamo caccavo cacciamani cacciapuoti cacciatore cadena cadoni caforio caggiano caha cahová ' +
  'caiazza caiazzo caillat cailler cajner cajzler calabrese calabria calabrò calafiore calame ' +
  'calandro caldera calderón cali califano calin callegari calligaris calvillo calì calò camacho ' +
  'camara camarillo cameron camilli cammarata cammisa campagna campana campanella campanile ' +
  'campanini campbell campisi campo campoli campos canale canales cancelliere cancellieri candan ' +
  'candela candelaria candido canepa cangiano canino canjko-novak cankar cannas cannata cannella ' +
  'cannone cano canova cantagallo cantoni cantú canu capannolo capasso capatina capecchi capek ' +
  'capelli capitani capizzi capoccia capocotta capogna capone caporaso cappai cappelletti cappelli ' +
  'cappello cappiello capponi capraro capriotti capuano caputo cara caraballo caracciolo caradonna ' +
  'caraman caraus carbajal carbone carboni cardella cardenas cardia cardinale cardinali cardini ' +
  'cardona cardone cardoso careddu carella caretti caricari carini carić carletti carli carlini ' +
  'carlino carlo carloni carlotti carlowitz carlsen carlsohn carlucci carminati carmona carneiro ' +
  'carnevale carnovale carolis carollo caron carosi carp carpentier carranza carrara carraro ' +
  'carrasco carrasquillo carre carrera carrero carreón carrieri carriero carrillo carrion carrión ' +
  'carroll carrozza carrozzo carrus carstens carta carter cartl cartwright caruso carvajal carvalho ' +
  'carvelli carè casadei casadio casagrande casale casali casano casanova casares casarez casas ' +
  'casavecchia cascio cascone casella caselli caserta casian casillas casini casolaro caspari ' +
  'casper caspers cassano cassim cassin castagna castaldi castaldo castañeda castellana castellani ' +
  'castellano castellanos castelli castelyn castens castiello castiglioni castillo castro casu ' +
  'casula casárez catalano cataldi cataldo catana catania catanzaro catarsi catellani caterino ' +
  'cattaneo cattani cauna caune cavaliere cavalieri cavallari cavallaro cavalli cavallini cavallo ' +
  'cavazos cavriani cazac cazacu cazares ceballos ceban cebanu cebekhulu cebotari cebula cecan ' +
  'ceccarelli ceccarini cecchetti cecchi cecchini cecere cederblad cedillo cehmajster ceja celano ' +
  'celar cele celentano celeste celi celli cellini celma celmiņa celmiņš celms cemal cenni centeno ' +
  'centofanti cepeda cerar cerda cerise cernei cerrani cerrato cerri cerullo cerutti cervantes ' +
  'cervántez cesare cesaretti chacón chaloupka chaloupková chalupa chalupka chalupková chalupová ' +
  'champlin chan chang chapa chappuis chapron chapuis chapuisat charles charpentier charvát ' +
  'charvátová chassot chattopadhyay chaturvedi chavarría chen cheng cherchi cherubini chessa ' +
  'chessari chettri chetty cheuk cheung chevalier chiacchio chianese chiara chiaravalle chiavacci ' +
  'chibike chibuike chicu chidinma chidozie chihai chiliza chilà chimenti chiodi chiriac chirico ' +
  'chirila chirilov chirita chis chiu chivu chlup chlupová chládek chládková chmelař chmelařová ' +
  'chmelík chmelíková chmiel chmielewski chmura cho choi chojnacki chojnowski cholewa chollet chong ' +
  'chopard chopra choquart chovancová chovanec chow choy christ christaller christen christensen ' +
  'christian christiansen chromá chromý chrzanowski chu chudoba chudobová chudzik chudík chudíková ' +
  'chui chuit chung chvojka chvojková chvátal chvátalová chytil chytilová chávez ciaccio ciacio ' +
  'ciampa cianci ciani ciavarella cibotari cibula cibulka cibulková cibulová cibuľa cicala ' +
  'cicatiello ciccarelli cicchetti cicco ciccone cichocki cichoń cichy cierpinski ciesielski cieśla ' +
  'cieślak cieślik cifarelli cigoj cihlář cihlářová cikota cilikan cilli cilliers cimbaljević ' +
  'cimerman cimeša cimmino cinelli cingolani cini cintrón cioban ciobanu ciocan ciocco cioffi cioni ' +
  'ciorba ciornii ciotola ciotti cipolla cipollaro cipolletta cipriani cipriano cirelli cirillo ' +
  'cisneros ciss cisse cissokho ciszewski citro cittadino ciubotaru ciuffetelli ciuffreda ciulla ' +
  'ciumac ciwan claasen claes claesson claeys clare clarius clark clarke clausen cleem clement ' +
  'clemente clerc cleve cloete cloos clottu co coccia cocco codreanu coelho coinchon cojocari ' +
  'cojocaru cojuhari cokan col cola colangelo colantuono colarič cole colella colesnic coletta ' +
  'colin collado collazo collet collier collins colombo colonna colucci colunga coly colón coman ' +
  'comito como concas conceicao concepción condrea conforti congiu coniglio conn connelly connolly ' +
  'conrad conroy considine consiglio constantin constantinescu constantinov cont conte conti ' +
  'contini contreras contu coppola corazza corboz cordero cordes cordioli coretti corkery cormier ' +
  'cornea cornejo cornelissen cornelsen corona coronado corradi corradini corrado corral corrales ' +
  'corrao correa correale correia corret corridori cors corsi corsini corso corsten corte cortese ' +
  'cortesi cortez corti cortinovis cortés cortéz corwin cosentino coslovich cosma cossu costa ' +
  'costache costantin costantini costantino costanza costanzo costea costin cotorobai cotruta ' +
  'cotthardt cottier cotto cottone coufal coufalová coulibaly coulon courten covaci covalciuc ' +
  'covalenco covali covarrubias coviello cox cozma cozzani cozzi cozzolino craciun crea creciun ' +
  'cremin cremona cremonesi crepaldi crescenzi crespi crespo cretu crevatin crimi crippa crisafulli ' +
  'crisan criscenti crisci criscione crispino crist cristea cristescu cristiano cristofaro critelli ' +
  'crnogaj croce croitor croitoru crona cronin cronjäger cronnje crooks crosskofp cruciani cruciata ' +
  'crudu cruickshank cruz csapo cseh csonka csordas cucchiara cucciniello cuche cucos cucu cuellar ' +
  'cujba cullinan cummerata cummings cunha cuomo curci curcio curiel curreli cusimano cusnir ' +
  'cusumano cuzzocrea cvetković cvetljanin cvetojević cvetuljski cvijan cvijanović cvijančević ' +
  'cvijetin cvijetinović cvijetić cvijić cvjetičanin cybulski cygan cyprich cyprichová czaja czajka ' +
  'czajkowski czapla czarnecki czech czechowski czekaj czerniak czersky czerwiński czyż czyżewski ' +
  "cárdenas cíger cígerová císař císařová córdova cālīte cālītis cīrule cīrulis d'agostino d'aleo " +
  "d'alessandro d'alessio d'amato d'ambrosio d'amico d'amore d'andrea d'angeli d'angelo d'anna " +
  "d'argenio d'avino d'elia d'errico d'incà d'ippolito d'onofrio d'orazio d'urso da daako dabija " +
  'dabić dabižljević dabnjak dabo dabović dabčević dach dadić dafunić dagović dahl dahlberg dahm ' +
  'dahmen daidone daimer daišević dajić dajlić dakićkožić dal dalgaard dalkıran dalleaste ' +
  'dallenbach dalmasso damanik damaske damayanti damian damiani damiano damico damljanović damm dan ' +
  'danciu danenhauer daniel daniele daniels danielsen danielsone danielsons danielsson danila ' +
  'danilová daniš danišová danko danková danneberg danner danso dante daněk daražac darii darko ' +
  'darmawan darojat darteh dartey dascalu dattilo daub daubner daudrich dauer daugherty daum dauth ' +
  'dautzenberg david davidović davidovićamić davidová davidsen davies davis davoli davronov ' +
  'davronova dačković dačović dağdaş dağlaroğlu daňko daňková daňo daňová dašić de deane debeljak ' +
  'debenjak debnár debnárová dec decker deckert deckow declerck declercq decock decoster dedejić ' +
  'dedijer deerberg degano degrassi dehmel deiana dej deja dejanović dejová dekany dekker dekýš ' +
  'dekýšová del delacrúz delafuente delagarza delalić delaney delao delapaz delarosa delatorre ' +
  "delazy deleón delfino delgadillo delgado dell'amico delle delogu delonge delrío delvalle dembelé " +
  'demeter demetrová demir demirbaş demirel demontis demurtas demut den denaro denesik dengler ' +
  'denis denkel denner denti denzinger denzler der dera deriu derr dersim dertmann desai deschamps ' +
  'deshpande desiderio desmet desogus destro dethloff deuschle devald devar devedžić deventer ' +
  'devetak devkota devos devrnja devčićkatić dewilde deák deđanski deģe deģis dhakal dhawan ' +
  'dhlamini dhlomo di dia diaby diack diaconescu diaconu diagne diakhaté diallo diamanka diamanti ' +
  'diana diao diarra diatta diattara diaw diawara dibbert dickens dicki dickinson dieckmann ' +
  'diedrich diekmann dienel dieng dietrich dietsche dietz dietzsch dieye diezel dijk dijkstra ' +
  'dildar dilla dilmurodyev dilmurodyeva dima dimitrijević dimitrić dimitrovski dimić dimkić ' +
  'dimković dimnjašević dimović dimčević dimčić dimšić dinca dingarac dingelstedt dingiswayo dini ' +
  'dinu dio diome dione diongue dionisi diop diouf dioum dippenaar dippl dirgantara dirksen ' +
  'distefano dittmann dittmar dittmer dittrich dittrichová divald diviš divišová dix dixon diyorov ' +
  'diyorova dizanov dizdar diène diédhiou diémé djak djetka djitté djokoto djurasek dlamini dlouhá ' +
  'dlouhý dobaj dobbrunz dobeš dobešová dobiáš dobiášová dobler dobosz dobre dobrescu dobrilović ' +
  'dobrinković dobrosavljević dobrovolná dobrovolný dobrowolski dobrzyński dodaro dodon dogaru ' +
  'doherty dohnal dohnalová dohring dokonal dokoupil dokoupilová dokoza dolaček dolce dolch dolci ' +
  'dold dolejš dolejšová dolejší doleček dolečková doležal doležalová doležel doleželová dolinar ' +
  'dolničar dolović domagała domanović domazet domański dombrovska dombrovskis dombrowski domenico ' +
  'domingues dominiak dominici domiševac domjan domljan domínguez domínquez donald donati donato ' +
  'donda dondur donević dongen dongol donica donie donkor donnelly dončić dooley doorn dopuđa dopša ' +
  'dor doria dorić dornik doro doronjski dorontić doronzo doskoczynski doskočil doskočilová dostál ' +
  'dostálová doubek doubková doubrava doubravová douglas douša doušová dovudov dovudova dower doyle ' +
  'dočekal dočekalová dočkal dočkalová dočolomanská dočolomanský doğan doža drabik dragan ' +
  'draganović draghici dragin dragić drago dragoi dragojlov dragomir dragone dragoni dragovićzafred ' +
  'dragu drakčić dramlić dramé drač dračić drašković drechsler drees dreher dreier dreimane ' +
  'dreimanis dreissigacker drenjačević dressler drews drešević driessen drinić drinjak drljan ' +
  'drljača drmanac drmanović drmončić droogendijk droppa droppová droz drozd drozdová drozdowski ' +
  'drvarević drvenica drzewiecki drábek drábková dróżdż drča drčelić du duah duarte dubashi dube ' +
  'dubiel dubochet dubois dubovská dubovský dubravec dubská dubský dubuis dubuque duca ducci duchoň ' +
  'duchoňová ducommun ducret duda dudek dudeková dudková dudová dudziak dudzik dudziński dudás ' +
  'dueñas dufek dufková dufour dugac dugaja dukovac dula dulla dullová dulová duma dumanjić dumas ' +
  'duminy dumitrache dumitrascu dumitrescu dumitriu dumitru dumnić dumont dunka dunková dupan ' +
  'dupont dupuis dupuy durak duran durand durante durgan durmaz durán duszyński dusík dusíková duta ' +
  'dutkiewicz dutoit dutta dutto duval duvnjakčuljak duygulu dušek dušková dvizac dvokić dvonč ' +
  'dvončová dvoranac dvorská dvorský dvořák dvořáková dvořáček dvořáčková dwamena dwivedi dyer ' +
  'dyett dylus dzene dzenis dziedzic dzirkale dzirkalis dziuba dzokoto dzurjanin dzurjaninová dávid ' +
  'dávidová dávila dächert dème díaz döbel döring dörner dörre dück düşenkalkar dąbek dąbkowski ' +
  'dąbrowski dębowski dębski dědek dědková dīriķe dīriķis długosz džakmić džakula džal džanija ' +
  'dženopoljac džepina džigumović džigurski džikić džinić džodanović eberhard eberhardt ebert ' +
  'ebubechukwu echevarría ecker eckhardt edorh edun edvardsen edwards effertz effler egbochukwu ' +
  'egeli egelja egeljić egerić eggenmueller egger egić egli eglīte eglītis ehigiator ehm ehmann ' +
  'ehrig eich eichenberger eide eifert einert eisenlauer ek ekici eklund ekpo eksteen ekström ' +
  'ekwueme ekşioğlu elb elbe elbekov elbekova eldorov eldorova elebiyo eleyth elia eliasson eliaš ' +
  'eligibile elizabeth elizondo eliáš eliášová eliçin ellis elmastaşoğlu elmurodyev elmurodyeva ' +
  'elnurov elnurova els elss elvina elworthy elyorov elyorova elçiboğa emard embranthiri emert ' +
  'emery emig emmanuel emmelmann emmerich enache enachi ender enderby endziņa endziņš ene engel ' +
  'engelen engelmann engholm engström eni enríquez epifani eplinius erasmus erbay erben erbenová ' +
  'erberk erbulak ercoli erdman erdmann erdoğan erez erginsoy erhan erhardt eriksen eriksson ' +
  'erkekli erlei erm ermini erni ernser ernst eronat errante errera errichiello errico ertepınar ' +
  'ertl ertürk erwes erçetin esanu esbensen escalante escamilla escobar escobedo esenwein esparza ' +
  'espinal espino espinosa espinoza esposito esquibel esquivel esser esteves esther estrada estévez ' +
  'etzebeth eugster evangelista evangelisti evans evensen evers everts evliyaoğlu evola evstifejev ' +
  'ewald fabbri fabbricatore fabbro fabian fabiani fabiano fabianová fabijan fabijanović fabián ' +
  'fabiánová fabjan fabre fabris fabrizi fabrizio faculjak fadda fadel fadipe fagunwa fahey fahham ' +
  'fahner fahriddinov fahriddinova faisz fajardo fajdetić fajdiga fajimi fajnor fajnorová faktor ' +
  'falabi falbo falchi falcioni falco falcone falcão faleti falk falkowski faller faloye falter ' +
  'falzone fanara fancello fanelli fankhauser fanta fantini fantová fantozzi faraci faragó faraone ' +
  'farber farcas farella faresta faria farida farin farina farkas farkaš farkašovská farkašovský ' +
  'farkašová farra farrell farris farruhov farruhova farías farčić fasano fasasi fasoli fassbender ' +
  'fathina faty fauche faulhaber faure fava favara favaro favero favre fay faye fayzbekov ' +
  'fayzbekova fazekas fazio fazliddinyev fazliddinyeva febian febrianti fedele federici federico ' +
  'feeney feest fehr fehrig fehér feil fejfar fejfarová fekete fekonja felber feld felder feleppa ' +
  'felice felici feliciano feliziani felke feller femina fencl fenclová fenner fenske feo ferat ' +
  'ferenc ferencová ferilli ferjan ferko ferková ferluga fernanda fernandes fernandez fernández ' +
  'ferracuti ferraiuolo ferrando ferrante ferranti ferrara ferrari ferrarini ferrario ferraris ' +
  'ferraro ferrarotti ferreira ferrer ferreri ferrero ferretti ferri ferrigno ferrini ferro ferroni ' +
  'ferry festa festuccia feuerbach fiala fialová fichardt fichera fico ficová fidélis fiedler ' +
  'fiedlerová fierro fietz figl figueiredo figueroa figura fijałkowski filc filcová filice filimon ' +
  'filip filipan filipek filipiak filipová filipowicz filipowski filippi filippini filippis filippo ' +
  'filipponi filsinger fincke fini fink finka finke finková finocchiaro finotti finstad fior ' +
  'fioravanti fiore fiorelli fiorentini fiorentino fiorenza fioretti fiori fiorillo fiorini ' +
  'fiorucci firdavsyev firdavsyeva firgantoro firmansyah fischer fischerová fischetti fisher fister ' +
  'fitratov fitratova fitschen fišbah fišer fišerová fjeld flacco flak flaman flanjak flatley ' +
  'flačer fleischer fleischmann fleury flis floder florczak flore florea florek flores florescu ' +
  'floridia florio floris florián floriánová floričelović flottmann flórez flückiger focsa fodor ' +
  'fodulović fofana fofie foged fogele fogelis foglia fois fojtík fojtíková fok folivarski foltýn ' +
  'foltýnová fonda fonseca fontaine fontana fonti forconi foretay forgione forkel forlani forman ' +
  'formanová formica formánek formánková fornara forsberg forst forster forte fortugno fortunato ' +
  'foschi fossum fosu foti fotihov fotihova fourie fournier fousek fousková fořt fořtová fraga ' +
  'frahmeke frami franc francesca franceschi franceschini francesco francesconi francese francezi ' +
  'franchi franchini francišković franco francois francová frandsen franecki franey franić ' +
  'franjićabramić franjićzelić franke franková frankowski fransson franta frantz franz franzis ' +
  'franzmann franzoni franzè franěk frasca fratello fratila fratti frau frauen frauendorf frazi ' +
  'frederiksen fredriksen fredriksson frei freigang freimane freimanis freimann freimuth freisen ' +
  'freitas frenkel frenzel freriks frey freymond frezza frick fricke fridrich fridrichová fried ' +
  'friedek friedenberg friedli friedmann friedrich friesen friess frigan frigerio frigo frisch ' +
  'fritsch frohn frosch frunza frunze frydrych frydrychová frías frąckowiak frączek frątczak ftorek ' +
  'ftoreková fu fucci fuchs fuchsová fuentes fuga fuhlbrügge fujiati fuksa fuksová fuller fumagalli ' +
  'fumarola fundak fung funk funmilayo fuoco furdi furgala furlan furman furno furrer furtado ' +
  "furtuna fusaro fusco fusenig fust fuze fučík fučíková fábián förster fülöp g'afforov g'afforova " +
  "g'afurov g'afurova g'iyosov g'ulomov gaba gabhezi gabius gabler gabor gabriel gabriele gabrielli " +
  'gabrielová gabrovšek gabud gaddini gade gadiaga gadomski gadschiew gadžić gaetano gages gagić ' +
  'gagliano gagliardi gagović gagričić gagro gaile gailis gaillard gailīte gailītis gaina gaitán ' +
  'gajda gajdoš gajdošová gajec gajewski gajgićmatić gajski gakstädter gal galander galante galarza ' +
  'galasso galati galeazzi galinac galindo galić galjak galjen galjer gall gallardo gallegos galli ' +
  'gallo galluzzo galošević galván gama gamba gamberini gambino gamboa gamez gamlin gamper ganaka ' +
  'gandhi gandolfo ganea gangan gangemi gangnus gantar ganzmann ganzžuparić gaona garatva garau ' +
  'garavaglia garay garcia garcía gargiulo garibay garica garifo garnier garofalo garonja garrido ' +
  'garza gasjūne gasjūns gaspar gaspari gasparini gassama gasse gasser gast gastel gastélum gatta ' +
  'gatti gatto gatzka gauder gaudiano gaudio gauthier gautier gavrila gavrilita gavriliuc ' +
  'gavrilović gavrić gavrović gaweł gawlik gawron gawroński gaye gaytán gazdić gazibara gazivoda ' +
  'gazzola gaćina gaćinović gačanović gačević gačić gađanski gałka gałązka gašpar gašparovič ' +
  'gašparovičová gašparová gašpić gaži gažiová gažo gbadamosi gbogboade gebhardt geese gehre gehrig ' +
  'gehring gehrke geiger geisendorf geisler geissler gelling gemma genchi genjega genna gennaro ' +
  'genoud genovese gens gentile gentili georgescu gerace geraci gerard gerbennow gerber gerdel ' +
  'gerhardt gerhold gerlach germani gerritsen gerschler gerson gervasi gerwig gesell geurts geyer ' +
  'gfeller ghale gheorghe gheorghita gheorghiu gherman ghilardi ghirmai ghita ghosh giacalone ' +
  'giaccio giachi giacomelli giacomo giampaoli giampaolo giannelli giannetti gianni giannini ' +
  'giannone giannotti gianotti giansante giardina giardini gibala gibbs gibson giehl gielen ' +
  'gierisch giesa giesche gigaba giger gigli giglio gigliotti gil gilca gilde gill gilliéron ' +
  'ginneken gioacchini gioia giordani giordano giorgetti giorgi giorgio giovannelli giovannetti ' +
  'giovanni giovannini giovinazzo girard girardet girardi giraud giraudo girbu girolamo girone ' +
  'girón gisca gislason giudice giuffrida giugliano giuliani giuliano giunta giurgiu giuseppe ' +
  'giusti giustra glasnović glasson glatting glavak glavati glavač gleason gledić gleichner gleđa ' +
  'glintić gloor glosli glover glođović gložanski gluhović glukčević glumac glumpak gning gningue ' +
  'gobbi gocník gocníková godanj godec godlewski godoy godínez goebel goedicke golban goldbeck ' +
  'goldfuss goldkamp goldkühle goldner golec golinelli golićsamaržija goller golling gollnow gollum ' +
  'golob golomski gombai gombay gombert gomes gomis goncear gonta gonzales gonzalez gonzález ' +
  'gonçalves goodwin goonam goosen goossens goran gorczany gordhan gorea gori goričanec gorišek ' +
  'gorjanski gotthardt gottlieb gottschalk gottwald gottwaldová gotz goudiaby govender govoni gowda ' +
  'goy goyette gołąb gołębiewski gołębiowski graaf graber grabež grabić grablović grabovac ' +
  'grabowski gracia graczyk gradišar gradištanac gradojević grady gradzki graf graham grams gran ' +
  'granado granados granat granata granato grande grandi grandjean grange granà grasse grassi ' +
  'grasso gratzky grau graudiņa graudiņš graur gravina graziani graziano grbeša greb grebenaržarmen ' +
  'greco grecu greenfelder greenholt greger gregersen gregor gregorc gregori gregorio gregorová ' +
  'greguš gregušová greithanner greppi greschner grezia grgič grgurević gribuste gribusts grieco ' +
  'griego griem griesbacher griese griffiths grigoras grigore grigorescu grijalva gril grilli ' +
  'grillo grimaldi grimes grimm grkavac grkinić grladinović grm grob grobelaar grochowski groduma ' +
  'grodums groebli groen gromisch groot groothuizen gros grosjean grosser grossheim grossi ' +
  'grosskopf grosso grosu grothaus grothkopp grotke groza grozdanović grube gruber grubešićbarbir ' +
  'grubnić grubrová grudzień grundmann grundza grundzová gruning gruppuso gruszczyński gruszecki ' +
  'gruszka grygar grygarová grzegorczyk grzelak grzesiak grzesik grześkowiak grznár grznárová grzyb ' +
  'grzybowski grzywacz gröss grötzinger grün grüner grīnberga grīnbergs grūba grūbe guajardo ' +
  'gualtieri guardado guarino guarneri guarnieri guastella guastone guerin guerra guerreiro ' +
  'guerrero guerrieri guerriero guerrini guevara gueye guglielmi guha guida guidetti guidi guido ' +
  'guidotti guillaume guillen guillot guillén guinand guissé gulam gulgowski gulino guliwe gullì ' +
  'gulyás gumede gummelt gunarto gunawan gundersen guneta gunjača gunkel gunnarsson gunther gupta ' +
  'gurrieri gurule gurung gusan gusikowski gusmeroli gustafsson gutal gutiérrez gutjahr gutkowski ' +
  'gutmann gutowicz gutowski gutrovac gutschank gutu guyot guzik guzina guzmán guzun gučanin ' +
  'gušanović gušatović gušavac guševac gušić gušović gwacela gwala gwoździk gwóźdź gyamfi gyasi ' +
  'gyawali gábor gáborová gál gálvez gámez gáspár gähwiler gómez góra góral górecki górka górniak ' +
  'górny górski göbel göckeritz göhler gönültaş görlich görmer götz götzelmann gül güldemeister ' +
  'güler gümüşpala günday güneş günther günz gürbig gürmen gąsior gąsiorowski głogowski głowacki ' +
  'głąb haack haaf haag haan haas habeeb habel habibi habibov habibova hablák habláková habšuda ' +
  'habšudová hache hack hackbusch hackelbusch hackett hadfield hadwich hadžibeganović haferkamp ' +
  'hafner hagen hagenes hahn haikal hajdinjak hajdu hajduk hajek hajnc hajná hajný hakala hakan ' +
  'hakim hakyemez halas hald halda haldová haley halilyev halilyeva halim halimah hallmann haluška ' +
  'halušková halvorsen halvorson halák haláková halász hamal hamann hamidov hamidova hamill ' +
  'hamilton hammes hampl hamplová hamzaoğlu hamzayev hamzayeva handayani handoko handžić hane ' +
  'hanekom hanenberger hango hanifat hanižar hanko hanková hannecker hannich hanniske hanousek ' +
  'hanousková hansen hansson hanus hanusová hanuš hanušová hanzal hanzalová hanzl hanzlová hanzlík ' +
  'hanzlíková hanák hanáková hanáček hanáčková haramija harač harber hardiansyah hardy hargasser ' +
  'harini hariyah harnapp haro harris hartati harter harting hartlieb hartman hartmann hartmanová ' +
  'hartwig hartz harvey haryanti haryanto hasan hasanah hasanica haschke hasler hassan hassanah ' +
  'hasse hassfeld hastuti hathorn hattingh hauck haug haugaard haugen hauke haukelidsæter haupt ' +
  'hauser havel havelka havelková haverney havlová havlík havlíková havlíček havlíčková havojić ' +
  'havránek havránková hayes hayworth hazes hađa hašek hašková haščák haščáková heaney hearne ' +
  'heathcote heberstreit hechler hecht heck heczko heczková hedegaard hedermann hediger hedlund ' +
  'heefer heerden hegedüs hegedűs heger hegerová hegmann hehl heidelmann heidenreich heidler ' +
  'heijden heikkilä heikkinen heinemann heinig heinke heinonen heinrich heinze heiser heist hejda ' +
  'hejdová hejduk hejduková hejl hejlová hejna hejnová heleta heller hellmann hellström helm helmke ' +
  'helpling henderson hendriks hendrych hendrychová hengmith henkel hennes hennezel henri henriksen ' +
  'henriksson henriques henry henríquez hense hensel hentel hentschel hentschke hepperle herberger ' +
  'herbrand heredia heretik heretiková hering herjavec herlambang herman hermann hermanová hermans ' +
  'hermansen hermansson hermawan hermecke hermelin hermiston herms hernandes hernandez hernádez ' +
  'hernández herold herrera herrmann herschmann hertel hertzog herweg herwig herzenberg herzog hess ' +
  'hesse hessek hessel hessler hettinger hetzler heuck heunis heuvel heval heydemüller heyden hečko ' +
  'hečková heřman heřmanová heřmánek heřmánková hickle hidalgo hidayanto hidayat hideo hidošanin ' +
  'hiebl hikmatov hikmatova hildebrand hildenbrand hilgendorf hillard hiller hilll hilpert hiltunen ' +
  'himawan hincu hinek hingsen hingst hinojosa hinrichs hintz hirnštajn hirsch hirschberg hirt ' +
  'hirthe hirvonen hitchinson hjort hjorth hladká hladký hladík hladíková hlapec hlasni hlatshwayo ' +
  'hlavati hlavatá hlavatý hlaváč hlaváček hlaváčeková hlaváčková hlaváčová hlinka hlinková hlongwa ' +
  'hlongwane hloušek hloušková hlávka hlávková ho hochstrasser hodanovac hodea hodel hodkiewicz ' +
  'hodler hodovanj hoeger hofer hoff hoffman hoffmann hoffmannová hofman hofmann hofmanová ' +
  'hofstetter hohenberger hohl hohn hohnheiser hohošbabić hojimurodyev hojimurodyeva holan holanová ' +
  'holas holasová holcová holdt holec holeček holečková holguín holinski holl hollard holm holmberg ' +
  'holmes holmgren holmqvist holoubek holoubková holtfreter holub holubová holuby holubyová holz ' +
  'holzdeppe holzner holá holík holíková holý homa homenick hommel homola homolka homolková ' +
  'homolová honegger hong honz hooss hopland hoppe hora horak horaček horký horna horne hornung ' +
  'horník horníková horníček horníčková horová horská horský horst hort horvat horvath horvát ' +
  'horváth horváthová horvátová horák horáková horáček horáčková horňák horňáková hossa hossová ' +
  'hottinguer hotz houdek houdková hougaard houška houšková hovanjek hovorka hovorková howard ' +
  'howell hoza hozová hoàng hočevar hořejší hošek hošková hrabal hrabalová hrabovská hrabovský ' +
  'hradecká hradecký hradil hradilová hraško hrašková hrbek hrbková hrbáček hrbáčková hrdina ' +
  'hrdinová hrdlička hrdličková hrdá hrdý hrešićdubaić hribar hric hricová hrkalović hrmo hrmová ' +
  'hrnjak hrnčíř hrnčířová hroch hrochová hromádka hromádková hron hronová hrovat hrubeš hrubešová ' +
  'hrubá hrubý hruška hrušková hrušovská hrušovský hrvatin hrůza hrůzová hu huang huba huber hubert ' +
  'hubová hubáček hubáčková huckestein hudak hudcová hudec hudeček hudečková hudson huebel huel ' +
  'huels huerta huet hughes hugo huguenin huhn hui huisman huixtlacatl hujo huke huls humbert ' +
  'humbert-droz huml humlová huneke hunziker hurramov hurramova hurtado husakovićhodžić huseby ' +
  'husák husáková hutagalung hutapea hutasoit huth huwiler huzanić hušek hušková hyatt hynek ' +
  'hynková hà hájek hájková hála hálová hána hánová häber häfliger häfner hämäläinen hänni ' +
  'håkansson höcke höft höhne hönig hördt hübenbecker hübl hübner hügel hürlimann hüttcher hütter ' +
  'hýbl hýblová hůlka hůlková iacob iacolare iacono iacovino iacovone iancu iandolo iannaccone ' +
  'iannello ianni iannone iannucci iaria iatco iazzetta ibarra ibe ibikunle ibodullohyev ' +
  'ibodullohyeva ibranović ibrić ibrohimov ibrohimova ichim ierardi iersel iezzi iglesias igličar ' +
  'ignat igov igrić ihasz ihly ihnačák ihnačáková ihtiyorov ihtiyorova ikromov ikromova ilančić ilc ' +
  'ilie iliescu ilin ilinčić ilisić ilić iličin illing illés ilori ilupeju ilyosov ilyosova ilıcalı ' +
  'imhof immelman impellizzeri improta imronov imronova indelicato ingrassia ingrosso innocenti ' +
  'inzerillo iodice ion ionescu ionita iordache iorga iorio iosif iotti iovino iovu ip ippoliti ' +
  'ippolito irawan irfandi irimia irizarry isaac isac isak isakov isaksson isbrücker isekenmeier ' +
  'isler islomov islomova ismail ismoilov ismoilova isokun ispas israel istrate istrati iswahyudi ' +
  'iten itt iuliano ivan ivanišić ivankovićbon ivanov ivanova ivanovs ivančan ivančič ivas ivascu ' +
  'iversen ivić ivkovac iwanowski iwański iyalla iyanda iyengar iyer izdebski izzi izzo ičelić işık ' +
  'išpiranović ištoković išvan jaarsveld jablanov jabłoński jackowski jackson jacob jacobi jacobs ' +
  'jacobsen jacobson jacquet jadro jager jagica jagielski jagiełło jagodić jagodziński jagusch ' +
  'jagušić jahn jahnke jahoda jahodová jailani jaime jaimes jain jaiyeola jakab jakeš jakešová jakl ' +
  'jaklová jakobek jakobs jakobsen jakobsson jakobčin jakolić jakopič jakoubek jakoubková jakubcová ' +
  'jakubczyk jakubec jakubiak jakubowski jakušmejarec jalolov jalolova jaman jambor james jamiu ' +
  'jamnik jamolov jamolova jamrozy jamshidov jamshidova janas janata janatová janda jander jandová ' +
  'janeković janevski janeček janečeková janečić janečka janečková jangid janiak janich janicki ' +
  'janik janiszewski janka janke jankovitch jankovićbešlić jankovska jankovskis jankowiak jankowski ' +
  'janků janota janotová janoušek janoušková janovská janovský janowski janoševićfranz janoška ' +
  'janošková jansa jansen jansone jansons jansová janssen janssens jansson jantjies jantošovič ' +
  'jantošovičová januar janus janusz januszewski januško janák janáková janáček janáčková janík ' +
  'janíková janíček janíčková janča janček jančeková jančová jančík jančíková janša janů jaramillo ' +
  'jarc jardan jarets jareš jarešová jarnec jaros jarosz jaroš jarošová jarząbek jasinski jasiński ' +
  'jaskolski jasper jasso jast jastrzębski jasuryev jasuryeva jauk javlonov javlonova javohirov ' +
  'javohirova javůrek javůrková jaworski jazbinšek jazvinšak jaćimović jaćović jaśkiewicz jašarević ' +
  'jašek jašková jean jeanneret jech jechová jedlička jedličková jedľovská jedľovský jeftić ' +
  'jeftović jegorov jelačić jelašić jelen jelenová jelica jelisavac jelita jellinghaus jelínek ' +
  'jelínková jendek jendeková jenkač jenkins jenko jenni jensen jeníček jeníčková jeorga jeppesen ' +
  'jerab jeram jerde jereb jereminov jeremić jergić jerinić jerinkić jerkov jerković jerschabek ' +
  'jeseničnik jespersen jess jesus jesús jeuša jevremov jevremović jevremčević jevrić jevrosimov ' +
  'jevrosimović jevtanović jevtić jevtović jevđenić jevđenović jevđević jezdimirović jezdić ' +
  'jezierski jeřábek jeřábková jež ježek ježková ježová jha jimoh jiménez jimínez jindra jindrová ' +
  'jirka jirková jirků jiroušek jiroušková jirsa jirsová jirák jiráková jiránek jiránková jirásek ' +
  'jirásková jiyan jiřík jiříková jocković johannessen johannsen johansen johansson johar john ' +
  'johnová johns johnsen johnson johnston jokanović jokin jokinen jokić jokičić joković joksimović ' +
  'joly jonas jonata jonatová jones jong jonge jonker jonsson jonáš jonášová jordaan jordanović ' +
  'josan joseph joshi joshua josić jossa jost jostiak joubert jovanović jovanovićfiličić jovančević ' +
  'jovičić jucken juhart juhl juhász jukuma jukums julien jumiķe jumiķis junck junek jung jungbluth ' +
  'jungton junková jurado jurašić jurašković jurek jurečka jurečková jurina jurinová jurišević ' +
  'jurišin jurišić jurišićspajić jurjević jurkiewicz jurkovič jurkovičová jurkowski jurík juríková ' +
  'jurčík jurčíková justesen justina juszczak juwita juárez juřica juřicová juřík juříková jánošík ' +
  'jánošíková jánská jánský jáquez jäggi järvinen jílek jílková jíra jírová jónás jóźwiak jóźwik ' +
  'jönsson jørgensen jürgens jēkabsone jēkabsons jędrzejczak jędrzejczyk jędrzejewski ka kabić ' +
  'kablinović kabát kabátová kacprzak kaczmarczyk kaczmarek kaczmarski kaczor kaczorowski kaczyński ' +
  'kadar kadeřábek kadeřábková kadijević kadlec kadlecová kadnar kadri kaesmacher kafenda kafendová ' +
  'kafka kafková kafle kahl kahlert kahles kahlmeyer kahveci kahyang kainović kaiser kaisrová ' +
  'kaitović kajganić kakkar kala kalaba kalabić kalajanović kalajdžić kalajitović kalajić kalamiza ' +
  'kalaš kalašová kalendić kaleta kalina kalinová kalinowski kalinski kaliská kaliský kalisz ' +
  'kalivoda kalivodová kalić kallabis kallensee kallio kallis kalna kalniņa kalniņš kalns kalnāja ' +
  'kalnājs kalocsay kalous kalousek kalousková kalousová kalová kaluđerski kalyan kaláb kalábová ' +
  'kalēja kalējs kamal kamara kamat kamber kambič kamenički kamenov kameník kameníková kaminski ' +
  'kamiński kamoliddinyev kamoliddinyeva kamolov kamolova kampf kampschulte kan kanaria kandecki ' +
  'kandji kandé kane kanea kania kaniewski kanimal kaniyar kanić kanižaj kano kantor kantorová ' +
  'kanté kanzaki kaplan kaplangı kaplanová kapoor kappe kappler kaproncai kapulica kapusta kapša ' +
  'kara karabulut karaböcek karadamis karadaş karaduman karaer karajčić karakašević karam karaman ' +
  'karamarković karamata karan karapetrić karas karasová karatošić karaulac karaulić karavidić ' +
  'karać karačić karađorđević karaś karašićević karban karbanová karczewski kardache kardinal ' +
  'kardoš karel karem karen karhoff karika karikari karjalainen karki karlak karlinski karlić ' +
  'karlová karlsen karlsone karlsons karlsson karlík karlíková karpiński karrass karst karsten ' +
  'kartal karul karulová karus karwowski karásek karásková kasal kasalová kasapoğlu kasavica kaselj ' +
  'kasperek kasprzak kasprzyk kass kassulke kassé kasten kastner kaszuba katarinček katherine ' +
  'kathrada katić katoi katona katruša katulić katzinski kaufmann kaul kauliņa kauliņš kaur ' +
  'kausemann kautzer kavaklıoğlu kavka kavková kavčič kawa kawecki kawohl kaya kayode kazda kazdová ' +
  'kazenski kazmarek kačaniklić kačar kačarević kačavenda kačírek kačírková kałuża kaňa kaňka ' +
  'kaňková kaňová kašanin kašiković kašpar kašparová kašpárek kašpárková kašterović kašík kašíková ' +
  'kaźmierczak kc kedzierski keebler keeling keil keiner keith kekić keleka keleman kelemen keller ' +
  'kelly kelm kemal kemfelja kemmer kemp kempe kemper kempis kempter kennedy keníž kenížová kerekes ' +
  'kerl kerluke kern kertzmann keseroğlu keskin kesselring kesselschläger kessler kette kettenis ' +
  'keung keutel keçeci keïta kešina khadka khalid khan khanna khatri khawula khouma khoza khumalo ' +
  'khumalu khuzwayo kiehn kiessling kiełbasa kihas kihn kilback kimberly kinadeter kindelan kindl ' +
  'kindlová kinnunen kinzel kinzy kirch kirlin kirst kirsten király kis kisabaka kisiel kita kitić ' +
  'kitonjić kizivat kićanović kićeskulov kićevac kičema kičić kišfalubac kjeldsen kjær klaas ' +
  'klabuhn kladar kladarin klanac klander klapka klapková klapper klasanović klauder klaus klausen ' +
  'klačar klašnja kleeberg kleiber klein kleinert kleininger kleinmann kleinová kleinsteuber kleiss ' +
  'klement klementová klemenčič klemme klerk kleven klečina klečka klečková klikovac klimczak ' +
  'klimek kliment klimentová klimeš klimešová klimović klinac klincov kling klinger klinić klink ' +
  'klišanin klječanin klocko klopsch klose kloss klouda kloudová klouček kloučková kluge klusener ' +
  'kluwe klíma klímová kmet kmeť kmeťová kmiecik kmieć knabe knap knapik knapová knecht kneifel ' +
  'knetsch knez knies knippel knobel knoblich knoetze knoll knorr knorscheidt knotek knotková ' +
  'knudsen knut ko kobela kobia kobs kobus kocabıyık kocchar koch kochan kochová kocián kociánová ' +
  'kocjan kock kocman kocmanová kocourek kocourková kocsis koczulla koderisch koehl koehler koelpin ' +
  'koen koenig koepp koester kofferschlager kofler kofranek kogan kogut koha kohle kohler kohlmann ' +
  'kohnle kohout kohoutek kohoutková kohoutová kohrt kohs koirala koivisto koj kojčinović kojčić ' +
  'kok koka kokalj kokanov kokanović kokar koković kokoškov koks kola kolade kolak kolaković kolar ' +
  'kolarac kolarević kolarić kolarov kolasa kolařík kolaříková kolb koleiski kolek kolembus kolenc ' +
  'kolesarić kolesár kolesárová kolgjeraj kolková kolly kollár kollárová kolman kolmanová kolnik ' +
  'kolniková kolník kolníková kolokas kolompar kolonja kolović kolundžija kolundžić kolundžićradić ' +
  'kolár kolárová koláček koláčková kolář kolářová komad komadinić komadinović komak komanov ' +
  'komanović komar komarica komarnički komaromy komarov komarčević komarčić komatina komatinović ' +
  'komatović komazec komilov komilova komljen komljenović komluški komnenić komnenov komnenović ' +
  'komoll komorowski komronov komronova komárek komárková komínek komínková konaté konda kondža ' +
  'konečná konečný kong konieczna konieczny konig koning konopelski konopka konow konrad konta ' +
  'konté konya koníček koníčková končar koob koomson kopal kopalová kopanec kopas kopczyński ' +
  'kopecká kopecký koper kopeć kopeček kopečková kopečná kopečný kopf koprivec kopřiva kopřivová ' +
  'korbel korbelová korda kordin kordić kordulup korec korecová korhonen korica korkmaz korkutović ' +
  'korol korotaj korošec korpaš korta kortajarena korušac korzeniowski korša kos kosalec kosenkow ' +
  'kosina kosinová kosiński koskinen kosoko kosová kosowski koss kostadinović kostecki koster ' +
  'kostin kostić kostka kostkaová kostková kostrec kostrecová kostrzewa koszewski kosík kosíková ' +
  'kot kotaranin kotaraš kotarlić kotarčević kotas kotasová kotek kotević kotková kotlár kotlárová ' +
  'kotowski kotrba kotrbová kotrljanović kotzin kouba koubaa koubek koubková koubová koudela ' +
  'koudelka koudelková koudelová koukal koukalová koutná koutný kouřil kouřilová kovacek kovacs ' +
  'kovalski kovač kovařík kovaříková kovinjalo kovinčić kovjanić kovljenić kovrlija kovács kováč ' +
  'kováčik kováčiková kováčová kovář kovářová kovářík kováříková kovčin kowal kowalczuk kowalczyk ' +
  'kowalewski kowalick kowalik kowalinski kowalski koya koyuncu koza kozak kozakiewicz kozarac ' +
  'kozarev kozarević kozarski kozel kozey kozieł kozioł kozić kozlica kozlina kozlovački kozlová ' +
  'kozma kozová kozák kozáková kozłowski koç koçoğlu koçyiğit kočiš kočišová kočí kołakowski ' +
  'kołodziej kołodziejczyk kołodziejski kořínek kořínková košanin košarac košević košničar ' +
  'košničarević košpić koštunica košutarac košutić košćalek košťál košťálová krabbe kraft kragl ' +
  'kragulj kraguljac krahovski krainčanić krajcik krajewski krajina krajinović krajišnik krajnc ' +
  'krajnović krajíček krajíčeková krajíčková krajči krajčo krajčovič krajčovičová krajčová krajčír ' +
  'krajčírová krakowiak kral kralj kralja kraljinović kramarić kramer krance krancis kranjski kranz ' +
  'krasić krasnova krastiņa krastiņš kratochvíl kratochvílová kratofil krauel kraule kraulis kraus ' +
  'krause krausová krauspe krauze krawczyk krawiec kreb krebs kregar kreiger kreissig krejčová ' +
  'krejčí krejčík krejčíková krejčíř krejčířová kremanac kremenović kresoja kresojević kresonja ' +
  'kresse kreutz kreštalica krga krieger kriel krieva krieviņa krieviņš krievs krige krijt krilović ' +
  'krinulović krippner kris kriss kristensen kristiansen kristić kristoffersen krivaja krivaćević ' +
  'krivda krivokuća krivošija krivošić krivčević kričak krička kričković krišan krišanov krišanović ' +
  'krištof krištofová križaj križan križić krkalo krkeljić krkić krkljuš krkobabić krmelj krnjajić ' +
  'krodinger krogh krohn krol kron kronberga kronbergs kropáček kropáčková kroupa kroupová krpović ' +
  'krsmanić krsmanović krsmić krspogačin krstajić krstanović krstekanić krstin krstinić ' +
  'krstivojević krstić krstičić krstonić krueger krug kruger kruk krukowski krull krupa krupička ' +
  'krupičková krupiński krupka krupková krupová kruschinski kruszewski krušarovski krušković ' +
  'kružević krvavac krysiak krzemiński krznarić krzyżanowski král králik králiková králová králík ' +
  'králíková králíček králíčková krátká krátký krämer król królikowski kröckert kröger krúpa ' +
  'krúpová krügel krüger krčevinac krčmar krčmarević krčmář krčmářová krēsliņa krēsliņš krūmiņa ' +
  'krūmiņš kshlerin książek kub kuba kubacki kubadov kubadova kubcová kubec kubelka kubelková ' +
  'kubena kubera kubeš kubešová kubheka kubiak kubica kubicki kubicová kubik kubiš kubišová kubli ' +
  'kubová kubánek kubánková kubát kubátová kubík kubíková kubín kubínová kubíček kubíčková kuc ' +
  'kucharczyk kucharski kuchař kuchařová kuchta kuchtová kuciński kuczyński kuday kudeljaš kudláček ' +
  'kudláčková kudrna kudrnová kufahl kuhar kuhic kuhlee kuhlman kuhn kuhnen kuijpers kuiper kujavec ' +
  'kujawa kujawski kukla kuklová kukuljica kukuružnjak kula kulaksızoğlu kulas kulesza kulhavá ' +
  'kulhavý kulhánek kulhánková kulig kulik kulimann kuliński kulma kulmane kulmanis kumbernuss ' +
  'kumcuoğlu kumi kummle kunc kuncová kunde kunene kuneš kunešová kunićbukovac kunt kunter kunz ' +
  'kunze kupcová kupec kupfer kuphal kupka kupková kupprion kuprion kupusinac kuraica kurek ' +
  'kurevija kuridža kurija kurilić kurjačić kurjački kurka kurková kurmazović kurniawan kurnicki ' +
  'kurnoga kurobasa kurowski kurrat kurschilgen kurt kurtak kurtanjek kurtović kurtuma kurucić ' +
  'kurutluoğlu kuručev kurzemniece kurzemnieks kurćubić kurčubić kusanović kuschewitz kuschmann ' +
  'kusi kuske kusmawati kustermann kusuma kusumo kuswandari kuswoyo kutch kutlay kutlija ' +
  'kutscherauer kutzner kuvalis kuypers kuzmanić kuzmanićšarac kuzmanovićđorđević kuzmina kuzucu ' +
  'kućinac kuča kučara kučera kučerová kučová kuś kušan kušić kušljević kušljić kužel kuželj ' +
  'kuželová kužet kvapil kvapilová kvarme kvasina kvasnička kvasničková kvačanović kvekić kvrgić ' +
  'kwaakye kwadwo kwan kwarteng kwaśniewski kwiatkowski kwiecień kwieciński kwok kwong kyei kyncl ' +
  'kynclová kyra kysela kyselová kyseľ kyseľová kállay kállayová káňa káňová kägi kähler kälin ' +
  'käser käther kébé köhler köhrbrück köhre kölotzei könig köpernick körmükçü köse köseoglu köybaşı ' +
  'köylüoğlu kúhn kúhnert kühn kühnel kühnemund kühnert kühnke kühnl küng kürsteiner küsters küter ' +
  'küçükler kārkliņa kārkliņš kędzierski kędziora kępa kılıç kılıççı kıraç kļaviņa kļaviņš kłos ' +
  'kłosowski křenek křenková křeček křečková křivánek křivánková kříž křížek křížková křížová laack ' +
  'laakso laaksonen laan labadie labalo laban labanac labate labotić laboy labuda labudová labus ' +
  'lacerda lach lacina lacinová lacko lacková lacroix ladega ladewig laezza laforza laganà lagrange ' +
  'lahtinen lai lailasari laine laitinen laitkam laiviņa laiviņš lakatos lakatoš lakatošová laketa ' +
  'laketić lakin lakić lakomy laksita laksmiwati laletin lalić lam lama lamacchia lambelet lambert ' +
  'lamberti lambić lammert lamos lamula lana landa landi landmane landmanis landmann landová lang ' +
  'lange langer langeveldt langfeld langhirt langosh langová langr langrová langworth lanig lanteri ' +
  'lanz lanza lapenna lapiņa lapiņš lapsiņa lapsiņš lapčević lara lari larkin larsen larson larsson ' +
  'lascio laskowski lasmane lasmanis lasota latifat latini latkovska latkovskis latorre lattanzi ' +
  'latupono lau lauberga laubergs laubscher lauckner lauinger laureano laurent lauri lauridsen ' +
  'laursen laurén lausecker laux lavecchia lavička lavičková lawal lax lazanski lazar lazarac ' +
  'lazarev lazarević lazari lazarov lazendić lazetić lazin lazinica lazizov lazizova lazić lazuardi ' +
  'lazzari lazzarini lazzaro laćman lačanin lačnjevac lađevac lađević lađinović lažetić le leahu ' +
  'leal leale leannon lebeda lebedová leberer lebrón lebsack lecca lecce lech leclerc leclercq ' +
  'lecomte ledda ledesma ledner lee leeuw leeuwen lefebvre lefevre leffler leggio legrand legros ' +
  'legzdiņa legzdiņš lehmann lehner lehtinen lehto lehtonen leibold leide leilani leimbach leinonen ' +
  'leipold leist leite leiter leiteritz leitheim leiva leiwesmeier lejiņa lejiņš lejniece lejnieks ' +
  'lelli lelović lemaire lemaić lemajić lembede lemić lemke lemmens lemoine lemus lenart lenfers ' +
  'lengyel lenhard lenk lentini lenz lenzen lenzi leo leonard leonardi leoncini leone leonetti ' +
  'leoni leontijević leopardi lepore leposavić lepović leppänen lepthin lepšanović lepšík lepšíková ' +
  'lequesne lerma lero leroux leroy lesch leschnik lesendrić lesiak lesjak lesmana lestari ' +
  'leszczyński letsoalo letzelter leu leuba leuenberger leung leuschke leutarević leutenegger ' +
  'levajac levanić levá levý lewandowski lewicki lewin lewis lewke leyckes leye leyva lezzi león ' +
  'lečić leśniak leśniewski lešević lešina lg li liang liberati liberto librizzi licata liccardo ' +
  'licciardello lichtenfeld lichtenhagen lichtl licitra liebach liebe liebich liebold lieder ' +
  'lielmane lielmanis lienshöft liepa liepiņa liepiņš ligorio liguori lilić lima limbu limoncuoğlu ' +
  'limón lin linares lind lindberg linden lindenberg lindenmayer lindgren lindholm lindner ' +
  'lindqvist lindström ling linhart linhartová liniger linke linnenbaum linsey liotta lipan lipar ' +
  'lipari lipiński lipka lippe lippi lippmann lippolis lipske lipski lipták liptáková lipus lira ' +
  'lis lischka lisi lisická lisický lisiecki lisnic lisowski littel litterio liu liuzzi livaja ' +
  'livazović liverani liška lišková ljevnaić ljiljan ljubojević ljubomirović ljubotina ljubović ' +
  'llamas lo lobinger loboda locatelli locci lochner lockman loddo lodi lodiņa lodiņš loera ' +
  'loffredo logar logina logins logožar logsch lohmann lohre lohse loi loiacono lokar lolli lombard ' +
  'lombardi lombardini lombardo lomeli lomić lomović lonardi longhi longo longobardi longoria ' +
  'lončar loogen loon lopes lopez lorenc lorencová lorentzen lorenz lorenzini lorenzo loreti loreto ' +
  'lori lorusso los losch loska lotito lott lotter lotti loubser louda loudová louis loum loup ' +
  'loureiro lourenço lourinho louw lovato lovrić lowe loy loya lozada lozano loča ločs ' +
  'lošićkrizmanić lu lubbers lubina lubinová lubowitz luca lucarelli lucarini lucas lucchese ' +
  'lucchesi lucero luchetti luchian luchini lucia luciani luciano lucidi lucio luconi ludban ludolf ' +
  'ludvík ludvíková lueilwitz luettgen luevano lufft lugli lugo lui luise luk lukač lukačević ' +
  'lukačin lukenda lukendić lukeš lukešová lukić lukićkovanović lukoschek lukács lukáč lukáčová ' +
  'lukáš lukášek lukášková lukášová luna lund lundberg lunde lundgren lundin lundqvist lundström ' +
  'lungu luongo lupasco lupascu lupi lupica lupo luppi luppino lupták luptáková lupu lustenberger ' +
  'lutfiyev lutfiyeva lutfullohov lutfullohova luthuli lutje lutz luyken luyt luzi luzzi lučanović ' +
  'lučar lučić lužaić lužar ly lynch lászló látal látalová lâm lê líbal líbalová líška líšková ' +
  'lópez löfgren löser löwa løken lübke lüscher lüthi lý lāce lācis līce līcis līdaka līdaks lūse ' +
  'lūsis ma maak maas mabaso mabhida mabizela mabrukov mabrukova mabunda macaluso macanić macari ' +
  'macchi macchia macdonald macedo macejkovic macek macele macgyver mach machado machala machalová ' +
  'machač machačová machová machálek machálková macháč macháček macháčková macháčová maciejewski ' +
  'maciąg mackiewicz macko macková macovei macrì macura macurová maczey macák macáková macías madan ' +
  'madej madejová madera madetzky madidov madidova madić madonna madrid madrigal madsen madubuko ' +
  'maduma madunićflauder madžić maes maestas maffei maftei magalhães magar magaña magdalenić magdić ' +
  'maggi maggiani maggio maggiore magi maglajić magliocco magnani magno magnussen magnusson magoza ' +
  'magyar mahabeer mahajan mahanov mahanova maharani mahardika maharjan mahendra mahestri maheswara ' +
  'maheswari mahlangu mahmudi mahrusov mahrusova mai maia maiello maier maillard mainardi maio ' +
  'maione mair maisch maj majača majcan majcen majcher majchrzak majer majerová majeská majeský ' +
  'majewski majka majkić majnik majović majstorović majstrenko mak makhanya makinde makinwa makkink ' +
  'makowski maksimović makuachukwu malachovská malachovský malagoli malai malan malaspina malatesta ' +
  'malavasi malave malbašik maldonado malec malek malenica malerba maleček malečić malečková ' +
  'malešević malfa malicki malik malina malinga malinić malinová malinowski maliszewski malivuk ' +
  'malizia malićanin malkus mallmann malmgren malobabić malojčić maltašić maltese malucha maluleke ' +
  'malvić malá malík malíková malíšek malíšeková malý mamaliga mamojka mamojková mamula manastirlić ' +
  'manca mancinelli mancini mancino mancuso mandala mandarić mandasari mandić mandoković mandrapa ' +
  'manea manetti manfred manfredi manga mangane mangano mangione mangunsong manica manicone ' +
  'maniscalco manjak manjenčić mann manna manninen mannino manno manns manolache manole mansell ' +
  'mansur mansurov mansurova mante manti mantovani manullang manz manzanares manzella manzi manzo ' +
  'mané maphisa maqsudov maqsudova mar maragno marahrens marais marak maraković maran marangi ' +
  'marangon marangoni marani marano marar marasović maračić marbun marcelli marcello marcet marchal ' +
  'marchand marchesan marchese marchesi marchesini marchetti marchetto marchewka marchewski marchi ' +
  'marchini marciano marcianò marciniak marcinko marcinková marcinkowski marco marcon marconi ' +
  'marcovecchio marcu marcucci marcussen marczak mardari mardhiyah mardonov mardonova marega marek ' +
  'marelli mares maresca mareček marečková mareš marešová marginean margiotta margis margić mari ' +
  'maria marian mariani mariano marie marin marinelli marinescu marini marinković marino marinović ' +
  'marinucci marinčić mariotti marisavljević mariucci mariz marián mariánová marić maričević ' +
  'marjanov marjanović markelj markham markiewicz markotić marković markovićšarac marková markowski ' +
  'markuš marl marmeggi marner maro maroević marone marongiu marotta marović marošićević marpaung ' +
  'marquardt marquart marques marra marras marrazzo marrero marrone marroquín marschek marsella ' +
  'marsenić marsili marszałek martać martel martelli martellucci marten martens marti martin ' +
  'martina martinac martincová martinec martinek martinelli martines martinez martini martinková ' +
  'martino martinov martinović martins martinsen martinsson martorana martucci marty martínek ' +
  'martínez martínková marunica marvin marx marxen maryadi maryam maryati maryjane marzano marzec ' +
  'marzi marziali marzio marzocchi marín marčec marčik marčinković maršálek maršálková maršík ' +
  'maršíková masala masaryk masaryková mascareñas mascia masciandaro mascolo maseko mashinini masi ' +
  'masia masiero maslać maslo maslová mason masopust masopustová massa massari massaro massimi ' +
  'masson mastrogiacomo mastroianni mastronardi mastropietro masucci masłowski mata matanić ' +
  'matarazzo mataz mateescu matei mateo matera mathebula mathes mathies mathieu mathisen mathiszik ' +
  'matias matiaško matiašková matijanić matijašević matijević matisone matisons matić matorić matos ' +
  'matouš matoušek matoušková matoušová matoš matranga matschke matta mattei matteo mattern ' +
  'matteucci matthes matthey mattia mattila mattioli matton mattsson matula matulová matusiak ' +
  'matusina matuszak matuszewski matuška matušková matys matysiak matysová matyáš matyášová matías ' +
  'matějka matějková matějíček matějíčková mau maugeri maulana maurer mauri maurizi mauro mauroff ' +
  'mautner mautone mauzer mavdudyev mavdudyeva mavlonov mavlonova mavundla maxa maxim maxová maya ' +
  'mayasari maybach mayer mayerová mayert mayhoş mayorga mayowa mazibuko mazilu mazjāne mazjānis ' +
  'mazur mazurek mazurkiewicz mazza mazzanti mazzarella mazzaro mazzei mazzeo mazzi mazzini ' +
  'mazzocchi mazzola mazzoleno mazzone mazzoni mazzotta mazzotti mazánek mazánková maćkowiak ' +
  'małecki małek maňák maňáková mařík maříková maślanka mašala mašek mašková mašojević mbacké ' +
  'mballo mbatha mbaye mbende mbodj mboup mbow mbuso mbèngue mcclure mccullough mcdermott mcglynn ' +
  'mchunu mckenzie mclaren mclaughlin mclean mcmillan mebold mecca medeiros medek medeot medhurst ' +
  'medici medina medková medne mednis medrano medugno medved medveď medveďová meer meeuwis ' +
  'megantara megdanac megna mehl mehlhorn mehloluhlaza mehlorn mehmet mehra mehrotra meichtry meier ' +
  'meiere meiers meijer meili meintjies meireles meisch meissner meister mejía mekša mekšs melandri ' +
  'melani melcer melcerová meldere melderis mele melgar meli melichar melicharová melillo melinda ' +
  'melis melker mellett melngaile melngailis melnic melo meloni melzer meléndez memoli mena menard ' +
  'mencarelli menchaca mencl menclová menconi mendes mendoza mendy menegatti menemencioğlu menga ' +
  'mengoni menna menne menon menozzi menrat mensa mensah mensing menéndez menšík menšíková meo ' +
  'meraz mercado mercier mercuri mercurio mereu mereuta merian merino merkel merlak merli merlo ' +
  'mermoud merola merseburg merta mertens mertová mertoğlu mertz merwe merz mesa mesarić ' +
  'mesarošbelanji mesloh mesquita messana messina meszaroš mettler metz metzger metzner meulen ' +
  'meunier mewes meyer meylan meza mezei mečiar mečiarová meškūna meškūne meškūns mfeka mfumu ' +
  'mgenge mhlanga mhlongo micco miccoli miceli michal michalak michalcová michalczyk michalec ' +
  'michalik michallek michalová michalski michalík michalíková michałek michałowski michel michele ' +
  'micheletti michelucci michiels michna michnová michálek michálková micillo micu mielczarek ' +
  'mielke mierzejewski miettinen migliaccio miglio migliore migliorini mignogna mihai mihaila ' +
  'mihailescu mihailov mihailova mihailovs mihalache mihalachi mihalcea mihalik mihaliková mihaljec ' +
  'mihál mihálik miháliková mihálová mijaković mijatović mijić mijota mika mikac mikeš mikešićmerda ' +
  'mikešová mikitenko mikićvučak miklaś mikloško miklošková miko mikodanić miková mikołajczak ' +
  'mikołajczyk mikula mikulová mikulski mikulášek mikulášková mikulík mikulíková mikuta mikuš ' +
  'mikušová mikúš mikúšová milak milaković milan milani milanković milano milazzo milczarek milde ' +
  'milea milella miler milewski militaru militello milišićkovačević miljanović milla miller ' +
  'millidge milota milotová milsom milton minah minařík minaříková mindru minelli mingarelli ' +
  'minniti mintzlaff mináč mináčová minář minářová miodrag miotto mirabella miramontes miranda ' +
  'miranov miranova mirazizov mirazizova mircea mirea mireles mirga mirgová miron mironov mironova ' +
  'mirski mirza mirziyoyev mirziyoyeva mishra misiak mistretta misztal mitanović mitchell mitoš ' +
  'mitu miu mičan mička mičková miķelsone miķelsons miśkiewicz mišík mišíková miščančuk mkhatshwa ' +
  'mkhize mlakar mlađenović mlejnek mlejnková mlikota mlinar mládek mládková mlčoch mlčochová ' +
  'mngomezulu mnisi mobolaji mocan mocanu moccia mockenhaupt modica modise modzelewski moe moede ' +
  'moedl moeller moen moffa mofokeng moga mogbadunade moguenara mohamed mohirov mohirova mohnacki ' +
  'mohr mohrhard moise moisei mojica mojžiš mojžišová mojžíš mojžíšová mok mokroš mokrošová mokrá ' +
  'mokrý mokwena mol moldovan moldovanu moldoveanu molefe molenaar molenda molina molinari molinaro ' +
  'molitor moll moller mollica molnar molnár molnárová moloi molteni molzan momčilović monaca ' +
  'monache monaci monaco monahan mondragón monica monnard monni monod monroy montag montagna ' +
  'montagner montalbano montalto montalvo montanari montanaro montañez montaño monte montefusco ' +
  'monteiro monteleone montemayor montemurro montenegro montero monteros monterosso montes ' +
  'montesano montez monti monticelli montoya montéz moonsamy moore moormann moors moosa mora ' +
  'morabito moraes morais morales morandi morar morari moraru moras moravcová moravec moravčík ' +
  'moravčíková morawo morawski morax moraz mordenti mordhorst moreau moreira morel morelli morello ' +
  'moreno moretti moretto morgan morgante morgenstern morhelfer mori moriconi morin morini ' +
  'morissette moritz morkel moro moroni morová moroz morozova morozovs morra morreale morri ' +
  'morrison morrone mortensen morton morávek morávková mosca moscato moscheles mosciski moseley ' +
  'moser moses moslavac moss mostert mosti mota motalo motaung motchebon motisi motl motloung ' +
  'motlová motta motteau mottet mottola motyka motyčka motyčková motzenbbäcker moudrá moudrý moulin ' +
  'moura moučka moučková moya močnik mphahlele mqwebu mraz mrkvička mrkvičková mroczek mroczkowski ' +
  'mrozek mrugalla mráz mrázek mrázková mrázová mráček mráčková mróz msibi mthembu mthethwa mtolo ' +
  'mtshali mucalj mucavac muceniece mucenieks mucha muchová muckenthaler mudau mudie mueller mues ' +
  'mufizov mufizova muhammadov muhammadova muhar muhsinov muhsinova muhtorov muhtorova muinat ' +
  'muižniece muižnieks muk mukaram mukhopadhyay mulas mulder muller mulrain mulyani mulè munaro ' +
  'munch munda munguía munifyev munifyeva munk munkaš munsamy muntean munteanu mura muradbašić ' +
  'murati muratore murawski murazik muresan murgia murillo muro murodov murodova murolo murphy ' +
  'murray murru murtas musat muschg musella musi musiał musil musilová musso mustafoyev mustafoyeva ' +
  'mustapha musteata mustika mustofa mustonen musulmonov musulmonova musumeci musy muszyński mutiat ' +
  'muzaffarov muzaffarova muñiz muñoz muženjak mužík mužíková mybs myburg myburgh mydlo mydlová ' +
  'myhrer myška myšková mácha máchová málek málková márquez márton máté mächtig mäder mäkelä ' +
  'mäkinen månsson mårtensson méndez mészáros míka míková möcks mögenburg möhsner möldner ' +
  'möllenbeck möller möllinger mörsch møller mühleis müller müllerová münch młynarczyk műller ' +
  'műllerová nababan nabein nabow nader nagel naglav nagode nagy nagyová nagypalfi naik nainggolan ' +
  'nair najduk najman najmanová najmiddinov najmiddinova najmudin nalbantoğlu namaga nambeesan ' +
  'namboothiri namiķe namiķis nanaić nanda nannen nanni napierała napitupulu napoletano napoli ' +
  'napolitano nappi naranjo narcisi narciso nardi nardo narimonov narimonova narpati narváez ' +
  'nascimento nashiruddin nasriddinov nasriddinova nastas nastase nastvogel nasyiah nasyidah natale ' +
  'natali natera nathania natsir nau naubert naude nauer naumann naumovskičizmar nava navarra ' +
  'navarrete navarro navrátil navrátilová nawrocki nawrot nayar nazario nazifov nazifova ' +
  'nazrullohyev nazrullohyeva nazzaro nača ncusi ndaba ndandali ndao ndaw ndebele ndiaye ndione ' +
  'ndir ndlovu ndong ndour ndoye ndukwu ne neacsu neagoe neagu neamtu nebioğlu nechita necula ' +
  'nedbal nedbalová nedelcu nedoma nedomová nedvěd nedvědová negara negoita negrea negrete negri ' +
  'negru negruta negrón nehru neimke nejedlá nejedlý nel nemcová nemec nemes nemet nenadov ' +
  'nenadović neri nerius nesladek nesti nesvadba nesvadbová neto neubauer neubauerová neubert ' +
  'neuendorf neumair neuman neumann neumannová neumanová neupert neurohr neuschwander neves nevárez ' +
  'newton ney nezaj nečas nečasová nešpor nešporová ng ngai ngcobo ngcolosi ngema ngom ngozi ' +
  'ngubane nguyen nguyenová nguèr ngwazi ngwenya ngô nhlapo nhleko niane niang niass niasse nica ' +
  'nicastro niccolai nicoara nicolae nicolaev nicolas nicolay nicolescu nicoletti nicolini nicolosi ' +
  'nicolò nicosia nicotra niculae niculescu nieddu niedermeier niedra niedziela niedzielski ' +
  'niedźwiecki niekerk nieklauson nielsen niemczyk niemi niemiec nieminen nienow nieto nieves ' +
  'niewiadomski niggeler nigro nijland nijs niklaus nikolaus nikolićkovačić nilsen nilsson ninalowo ' +
  'ningrum niroula nissen nistor nita nitra nitu nitzsche nizomiddinov nizomiddinova nizomov ' +
  'nizomova niño nkansa nkansah nkomo nkosi nkrumah noack nobile nobili nobre nocentini nocera ' +
  'nocerino nodler noel noga nogueira nojeem nolan nolte nomvethe nondlela nonyana norberg nordby ' +
  'nordin nordskaug nordström noriega normann norris northoff nosek nosirjonov nosirjonova nosirov ' +
  'nosirova nosková nota notaro noto nourmont novac novak novelli novello novitasari novosad ' +
  'novosadová novotná novotný nová novák nováková nováček nováčková nový nowacki nowaczyk nowak ' +
  'nowakowski nowicki nowiński nowosadek nozulu noël nsele nsia ntanzi nti ntiamoa ntim ntombela ' +
  'ntuli nucci nucera nugraha nugroho numanoğlu nunes nuraini nurbekov nurbekova nurdiyanti ' +
  'nuriddinov nuriddinova nurlaela nurlanov nurlanova nusratov nusratova nusratullohyev ' +
  'nusratullohyeva nussbeck nuzzo nwachukwu nwogu nwuzor nxumalo nyaako nyame nyanda nyantakyi ' +
  'nyberg nygaard nygård nylén nyström nytra nzimande nájera näf németh nöh núñez němcová němec ' +
  "němeček němečková o'connell o'conner o'hara o'keefe o'kon o'linn o'neill o'reilly oancea obeng " +
  'oberbrunner oberem obergföll oberlin obermaier oberman obiageli obianuju obidov obidova oblak ' +
  'obrežanac obšut obšutová ocampo ocasio occhipinti ochoa ochs ochse odehnal odehnalová odetola ' +
  'odilyev odilyeva odobašić odunayo odunsi oeser ofori ofosu oggiano ogindan oginni ogulana ' +
  'ogunbamigbe ogunbanwo ogunbiyi ogunbo ogunde ogunwande ogunwobi ogunyeye ojala ojeda ojo ojua ' +
  'oklobdžija okonkwo okpattah oktavian oktaviani oktovian okumuş okuneva okunola okur okyere ' +
  'olabode oladeji oladimeji oladipupo olah olaiya olaoluwa olari olariu olaru olasunkanmi ' +
  'olasunkanmi-fasayo olasupo olawale olbina olbrich olczak oleinic olejniczak olejnik olimov ' +
  'olimova oliphant oliva olivares olivas oliveira olivera oliveri olivi olivier olivieri oliviero ' +
  'olivo olivová olivárez olla olmos olofsson olowokeere oloyede olsen olson olsson olstad ' +
  'olszewski oltean olteanu olubode olubukola olubunmi olufeyikemi olugbayila olujimi olukotun ' +
  'olukunga olumide olusanya olutola oluwagbemi oluwakemi oluwanisola oluwaseun oluwaseyi ' +
  'oluwashina oluwatosin olvera oláh oláhová omadov omadova omani omidina omobolaji omobolanle ' +
  'omojola omolara omotoso omowale ondra ondrašek ondricka ondrová ondruš ondrušová ondráček ' +
  'ondráčková onič onnen onohinosen onose ontiveros onyinyechukwu oosterhuis oosthuizen oparinde ' +
  'opačić opeyemi ophey opoku oppenheimer oppliger oppong oprea opricović opris oprić opsenica ' +
  'opuić opuku opuvačić oqilyev oqilyeva oquendo orak oraloğlu oraovčić oravec orašanin orbanić ' +
  'orbay orbán ordóñez orefice orellana orgulan orifov orifova orlandi orlando orlović orn ornelas ' +
  'oro orosco orosz orozco orrù orsini orság orságová orsós orta ortega ortenzi orth orthmann ortiz ' +
  'ortolani orzechowski orłowski oršanić oschkenat ose osei osenberg oshin osinski osis osiński ' +
  'osmak osmanlić osorio ossowski ostendarp ostervald ostrovska ostrovskis ostrowski ostuni ostwald ' +
  'osuagwu osuntokun otabekov otabekova otartić otero oti otiwa ott ottaviani ottaviano otte otto ' +
  'ottonello otuo otáhal otáhalová otčenáš otčenášová ovčina owais owczarek owen owokoniran owolabi ' +
  'owoyemi owusu oyadiran oyaifo oybekov oybekova oyebola oyelude oyeniyi oyetoro oyeyemi ' +
  'oyinkansola oyinlola ozansoy ozere ozers ozodbekov ozodbekova ozodov ozodova ozola ozoliņa ' +
  'ozoliņš ozols ozuna ožanić pabón pacheco paci pacifici pacifico pacini pacocha paczkowski ' +
  'padberg padilla padmasari padovan padrón padula paduraru paesler pagac pagan paganelli pagani ' +
  'pagano pagliai pagliuca pahanić pahert paimo paiva pajeska pajkurić pajonk pajtl pająk pajčić ' +
  'pakalniete pakalnietis paksüt pakuła pala palacios palacz paladi paladini palano palastri ' +
  'palavestra palazzi palazzo palazzolo palačković palašti palermo paleček palečková paligorić ' +
  'palii palija palikuća palić pališaški paljević palla palladino pallentin pallesen pallotta palma ' +
  'palmeri palmieri palmisani palmisano palombi palombo palomino palomo paltere palters paluch ' +
  'palumbo pamper pana panait panaro pandey pandolfi panek panetta panežić pang pangestu pani ' +
  'panicker panico panišić panjak panjević pantano pantoja panza panzeri panzig paola paolella ' +
  'paoletti paoli paolicelli paolillo paolini paolino paolo paolucci paone paonessa pap papa papak ' +
  'papaleo papapietro papež papežová papini papp pappalardo paradiso paraschiv paravinja pardini ' +
  'paredes parente pariggiano paris parise parisi parisian parker parkin parlier parmaković parnell ' +
  'parodi parojčić parović parra parrinello parrino partida partyka parun parvu pasat pasca pascal ' +
  'pascale pascali pascarella pascari pascaru paschke pascu pascucci pasini pasqua pasquale ' +
  'pasquali pasquini passarelli passeri passero passuello pastar pasternak pastore pastorelli ' +
  'pastorino paszkowski patafta pataki patanè patarac patača patačić patel paterson patil patila ' +
  'patiño patko patković patočka patočková patrascu patriarca patrnogić patrone patrun patruno ' +
  'patti patzwahl pau paucek paukner pauko pauković pauková paul paulová paulse paun paunković ' +
  'pauļuka pauļuks pavan pavani pavel pavelek pavelić pavelka pavelková paver pavešić pavlas ' +
  'pavlasová pavlačić pavlica pavlicová pavlikovská pavlikovský pavličić pavlov pavlović pavlovska ' +
  'pavlovskis pavlová pavlík pavlíková pavlíček pavlíčková pavlů pavone pavrlišak pavúk pavúková ' +
  'pavčić pawelec pawlak pawlicki pawlik pawlikowski pawłowski paz pazdera pazderová pazmanj ' +
  'pačanin pačariz pađen pałka pařízek pařízková pašagić pašalić pašek pašeková pašić paška paško ' +
  'pašková peaquin pece pech pecha pechová pecháček pecháčková pecka pecková pecora pecoraro ' +
  'pecorella pede pedersen pedone pedraza pedrazzini pedroni pedrotti pedroza peeters peixoto pekař ' +
  'pekařová pekkan pektemek pekárek pekárková pelayo pelc pelcová pelikán pelikánová pellecchia ' +
  'pellegrini pellegrino pellicano pellicanò pellitteri peluso pena pencis penezić penić penjišević ' +
  'penna pennestrì penović penzo penčić peović pepe pepelčević perales peralta peran perdana perea ' +
  'perego pereira peres perez perilli perin perini perl perlaš permadi permata perna pernica ' +
  'pernicová peroni perotti peroutka peroutková perra perret perri perrier perrin perrini perrone ' +
  'perrot perrotta perroy persson pertiwi perugini peruzzi perša pesaresi pesce peselman pession ' +
  'petcu petek peter peterka peterková peters petersen peterson petit petito petr petralia petrarca ' +
  'petre petrea petrella petrelli petrescu petrijevčanin petrini petrinšak petriševac petrone ' +
  'petronio petrov petrovac petrovická petrovický petrovska petrovskis petrová petrucci petruška ' +
  'petrušková petrák petráková petráš petrášová petrů pettersen pettersson petzold petřík petříková ' +
  'petříček petříčková pezzella pezzi peña pećar pećina peček peřina peřinová pešek peška peško ' +
  'pešková pešorda pešta peštová pfannerstill pfeffer pfeiffer pfennig pfersich pfingsten pfister ' +
  'pflieger pflügner pham phan philander philipp philippe phillips phùng piacentini piaget piana ' +
  'pianese pianigiani piasecki piazza piazzolla pibiri pica picard picariello picchi piccinini ' +
  'piccione picco piccoli piccolo pichardo pichler pichlmaier pictet piechota pieczek piekarski ' +
  'pienaar pieri pierini pierre pierro piesker pieterse pietras pietro pietruszka pietrzak pietrzyk ' +
  'pietsch piga pignatelli piguet piha pikover pilarski pilato pilař pilařová pilch pili pilla ' +
  'pillai pillay pillitteri pilát pilátová pimentel pinardi pineda pingpank pinheiro pinho pini ' +
  'pinna pinnock pinon pintea pintilie pinto pintus pintér pinzari pinzaru piotrowicz piotrowski ' +
  'pipitone pippig piras pircher piredda pires piron pirone pirrello pirrone pirvu pisani pisano ' +
  'pisarević pischedda pisciotta piscitelli piscopo pisu pithey pitinac pitkänen pitschugin ' +
  'pittalis pittard pitzalis piva pivar pivetta pivoňka pivoňková piwowarczyk pizarro pizzi ' +
  'pizzimenti pizzitola pizzo pizzuti piña piórkowski piątek piątkowski piłat piškorjanac pješivac ' +
  'pješčić placento plachá plachý placinta plahinek plakalović plamadeala plamenac plank plantak ' +
  'plaskur plass platania platon platzer plauk plautz plazonja plazonjić plaček plačić plačko ' +
  'plačková plaščar plch plchová plejo plekanec plekanecová plemić plesca pleskonjić plessis ' +
  'pletsch pleša pleška plomb plotzitzka pluhař pluhařová pluta plšek plšková pocrnja podbarac ' +
  'podgórski podhradská podhradský podkonická podkonický podnar podniece podnieks podpadac podzimek ' +
  'podzimková podziņa podziņš poehn poels poeschl pogačić poggi poggio pogorzelski pohl pohland ' +
  'pohle pohlová poirier pokorná pokorný pol polak polanco polanská polanský polančec polat polese ' +
  'poletti poli poliak poliaková polidori polifka polimeno polis politi polito polizzi pollen ' +
  'pollich pollina pollmächer pollock polverino polách poláchová polák poláková poláček poláčková ' +
  'polášek polášková polívka polívková polšak pomp pompei pompili pompilio ponce ponitzsch ponjavić ' +
  'pons ponti poon poore popa popelka popelková popescu popov popova popovici popržan popusoi ' +
  'popčić popławski porcari porcu porgante porgants porras porsche porta porth portillo portmann ' +
  'porębski posada poschmann poser pospíchal pospíchalová pospíšil pospíšilová postica postiglione ' +
  'postma postolachi potenza potgieter pothuvaal potkonjak potnar potočar potočnik pottel potůček ' +
  'potůčková poulsen pouros pourová pouye powell powlowski poyrazoğlu pozzi pozzo poçan poštić ' +
  'požarac prabowo prachař prachařová pradana pradhan pradipta prado prah prajapat prakasa prakatur ' +
  'prangart prange pranowo prasasta prasetya prasetyo prastuti pratama pratesi praticò pratiwi ' +
  'prato prayoga pražák pražáková prchal prchalová prebil prebiračević preciado preda prediger ' +
  'predin predić predojev predojević predovic predović predragović preez preloščan prempeh prencipe ' +
  'preočanin prepelita prerad preradović pressler presti prete pretkalniņa pretkalniņš pretorius ' +
  'preuk preuss prevost prey preziosi prešeren pridāne pridāns priedīte priedītis priemer prieto ' +
  'prince principato pringle prinsen prinsloo prisacari prisacaru prisco privat privitera ' +
  'prkosovački probst procházka procházková procopio procter prodan prohaska proietti prokeš ' +
  'prokešová prokop prokopová prosacco proske protić provazník provazníková provenzano prošek ' +
  'prošić prošková prus pruteanu przybylski przybysz przybył przybyła prášek prášková průcha ' +
  'průchová průša průšová ptak ptičar ptáček ptáčková puačmatešić puca pucci puccio puchalski puddu ' +
  'pudjiastuti puente puga puggioni pugliese pugliesi puglisi puharić puiu puleo pulido pun pupák ' +
  'pupáková purdy purnama purnawarman purnawati purwadi purwanti pury puscas pusch puspasari ' +
  'puspita putinčanin putnik putniņa putniņš putra putri putzolu puzavac puzigaća puķīte puķītis ' +
  'puškarčuk pytel python páez pál pánek pánková pásztor pátek pátková pålsson pérez péter pícha ' +
  'píchová píša píšová pöche pöge pērkona pērkons pētersone pētersons płonka přibyl přibylová ' +
  'přikryl přikrylová příhoda příhodová pšenička pšeničková qasımova quaglia quaranta quarta ' +
  'quartenoud quartey queiroz quesada quevedo quezada quigley quinn quinodoz quinta quintairos ' +
  'quintana quintanilla quintero quinto quiros quiroz quiróz quitzon quiñones quiñónez quliyev ' +
  'raabe rabenstein rabić rabljenović raca rach rachmawati racordon racu raczyński rada radebe ' +
  'radecki radigović radijevac radin radinović radisavić radisavljević radisavčević radivojac ' +
  'radivojša radišević radl radlović radmanović radoi radomirović radomski radonja radonjanin ' +
  'radonjić radotić radovac radovanac radovanković radovanlija radovanov radová radtke radu ' +
  'radulaški radulescu radulić radulj raduljesković raduljević radulović radusilović radusinović ' +
  'radušić raduški radvanji rael rafailović raffa rafidyev rafidyeva rago ragone ragusa rahardian ' +
  'rahayu rahimah rahimov rahimova rahmawati rahn raich raifyev raifyeva railean raileanu raimondi ' +
  'raimondo rajabov rajabova rajasa rajata rajh rajs rajtek rajčević rajš rajšić rak rakanović ' +
  'rakarić rakas rakinić raković raková rakowski rakušić ralbovski rallo ramadan ramadhani ramač ' +
  'rambaldi rambousek rambousková ramella ramos rampazzo ramziddinov ramziddinova ramírez ramón ' +
  'rana randazzo randunković raneri ranftl rangel rangelov rangen ranieri raniolo rantanen ranucci ' +
  'ranz rapisarda raposo rapovac rapp rapuano rascón rashidov rashidova rasinac rasić rasmussen ' +
  'raspopović raspudić rata rataj ratajczak ratajová rath ratke ratkovčić ratniece ratnieks ratti ' +
  'rau raubuch raucher raufyev raufyeva raukuc rausch rauso raut rautenkranz ravaioli ravet ravn ' +
  'ravshanov ravshanova raxmatullohyev raxmatullohyeva raya rayhan raynor razić razo rašetarević ' +
  'rašetić rašević raška rašková rašović raščanin rea reale recchia redaelli reddy rees regalado ' +
  'rehak rehwagen reiber reichardt reichel reichert reichling reid reif reifenrath reilly reimann ' +
  'reina reinberg reinelt reinger reinhardt reinke reis reitze remeta remeš remešová rempel remy ' +
  'renard renaud renault renda rendra rendulić rendón renen renk renna renner rennich renovica ' +
  'renovčević rens rensburg rentería rentz renz renzi renčar repac repetto repija repiská repiský ' +
  'reppin resele resković resnik restivo restle restorff reséndez retzke reuber reumann reus reuss ' +
  'reusse revenco rey reyes reymond reyna reynold reynolds reynoso rezek rezková rečević reşo ' +
  'rheder rhoden rhodes ribar ribaupierre ribeiro ribićgreganić rica riccardi ricci ricciardi ' +
  'riccio riccobono richard richards richardson richter richtr richtrová rico ridolfi riedel ' +
  'riediger rieger riekmann riekstiņa riekstiņš riepl riermeier riester riethmüller rietman ' +
  'rietmüller rietscher riggi riggio righetti righi rigoni riisberg rimai rinaldi rincón riner ' +
  'ringel ringer rink riojas riolo riparbelli ripken rippin ris ristić ritchie ritosek ritschel ' +
  'ritsma rittenberg ritter rittgasser rittweg ritz riva rivas rivera rivero riviere riyanti ' +
  'rizvonyev rizvonyeva rizza rizzi rizzo roba robak robel robert roberti roberts robertson robin ' +
  'robinson robledo robles robu rocca rocchi rocco rocha rochaix rochat roche rockmeier rodarte ' +
  'rodehau rodigari rodowski rodrigues rodriguez rodrígez rodríguez rodríquez roecker rogahn rogala ' +
  'rogalski roger roggatz rogolino rogowski rogoz rogulja rohan rohländer rohrer rojas rojek rojo ' +
  'rokossa rold roldán roleder rolfson rolland rollo roloff rolón romagnoli romaguera roman ' +
  'romanciuc romanelli romani romaniello romanini romano romanovska romanovskis romanowski romančík ' +
  'romančíková romeo romero romo romy romčević rondinone rondoni rondović roob roos rooyen roque ' +
  'rosa rosado rosales rosandić rosario rosas rosati rosbach rosca roschinsky rosenauer rosenbauer ' +
  'rosenbaum rosenthal rosi rosiak rosiński rosksch ross rossberg rosselli rosset rossetti rossi ' +
  'rossini rossler rosso rossouw rosu rota rotari rotaru roth rothenbacher rother rotolo rotondo ' +
  'rotundo roubal roubalová rougemont roulin rous rousová rousseau roussel roux rovčanin rowe roy ' +
  'roybal royer rozenbaha rozenbahs rozgić rozsypal rozsypalová rozīte rozītis ročkomanović rošević ' +
  'roškić rožac rožkalne rožkalns rubene rubenis ruberto rubino rubio rucco ruch ruciński ' +
  'ruckdeschel rudan rudinski rudnicki rudolf rudolfová rudziński rudzki rudzīte rudzītis ruecker ' +
  'ruelas ruggeri ruggieri ruggiero ruiter ruiz rumenić rumpf runce runcis runolfsdottir runolfsson ' +
  'runte ruotolo rupnik rupprecht rus rusciano rusin rusnac rusová russel russo russu rustamov ' +
  'rustamova rusu ruth rutherford rutkowski ruud ruíz rušanoski ružička ružičková ryan ryba rybak ' +
  'rybarczyk rybicki rybníček rybníčeková rybová rybár rybárik rybáriková rybárová rybář rybářová ' +
  'ryjikh ryzih ryšavá ryšavý rzepka rác rácová rácz rädler räntsch räsänen ríos różański różycki ' +
  'rödiger röse röthlisberger röttger røed rücker rüdiger rüegg rüter rüttimann rýdl rýdlová růžek ' +
  'růžička růžičková růžková saadiyev saadiyeva saarinen saavedra saba sabadell sabaly sabatini ' +
  'sabatino sabato sabau sabbatini sabdat sabia sabian sabino sabljak sabolski sabolčec sabri ' +
  'sacchet sacchetti sacchi sacco saccone sachse sadiki sadio sadović sadowski sadriddinov ' +
  'sadriddinova sadílek sadílková sadıklar sadžak saefullah safiryev safiryeva safitri saflanis ' +
  'safo safoyev safoyeva sagadi sagafe sagna sagonas saheed sahner sai saia saidov saidova saile ' +
  'sailer saini saiz sakho sala saladino salahudin salako salami salamone salas salatiello salazar ' +
  'salcedo salcido saldaña saldivar salemi salemme salerno salgado salierno salinas salis sall ' +
  'salma salminen salmiņa salmiņš salo salohov salohova salomone salonen salow salsabilla salvadori ' +
  'salvati salvatore salvatori salvi salvo salvucci salzano salzer salzmann samac samancı ' +
  'samandarov samandarova samaniego samardžija samb samba sambe sambou samek samiryev samiryeva ' +
  'samková sammartano sammartino sammert samohod samohodaj samolov samolovac samosir samson ' +
  'samsonová samuel samuelsson sanabria sanadrović sanches sanchez sanctis sandalcı sandalj ' +
  'sandberg sander sanders sandić sando sandor sandoval sandoz sandström sandu sanfilippo sanford ' +
  'sanna sannino sans sansone santacruz santamaria santana santangelo santarelli santarossa ' +
  'santarsia santarsiero santi santiago santilli santillán santinelli santini santis santo santoni ' +
  'santori santoro santos santoso santucci sanusi sané sapienza saponaro saporito saptono saputra ' +
  'saputri sarabia saracino saragih sarah saraiva saraswati sarbu sardella sardina sardorov ' +
  'sardorova sarnataro sarno sarpong sarr sarti sartor sartori sarvari sarvarov sarvarova sarı ' +
  'sarıoğlu sassano sassi sasso satner satria satta sattelmaier satterfield sauceda saucedo sauer ' +
  'sauerland sauliete saulietis saumweber saussure sava savary savciuc savevski savin savini savoca ' +
  'savoia savolainen savova savu sawayn sawicki saygıner sbrana scaglione scala scalia scalise ' +
  'scalzo scano scanu scarano scardino scarpa scarpellini scc schacht schaden schaefer schafer ' +
  'schaffarzik schahbasian schaller schamberger scharf schaub schedler scheer scheidegger schejbal ' +
  'schejbalová schelk schellenbeck schembera schenk scherbarth scherer scherini schermann scherrer ' +
  'schersing scherz schettino scheurer scheuring scheytt schiavi schiavo schiavon schiavone ' +
  'schielke schieskow schifano schildhauer schillaci schiller schilling schima schimmel schimmer ' +
  'schindzielorz schinner schiopu schipper schirmer schirrmeister schirru schlachter schlangen ' +
  'schlatter schlawitz schlechtweg schley schleyer schlicht schlitzer schmalzle schmeler schmid ' +
  'schmidt schmidtchen schmidtová schmitt schmitz schmuhl schneider schneidrová schnelting schnider ' +
  'schnieder schniedermeier schnyder schnürer schoberg schoch schoeman schoen scholten scholtz ' +
  'scholz schonberg schondelmaier schorderet schorr schott schottmann schouren schowalter schrader ' +
  'schramm schreck schreiber schreiner schreiter schrepfer schroder schroeder schröder schrøder ' +
  'schuermann schuff schuhaj schuldt schuler schulist schult schulte schultz schultze schulz ' +
  'schulze schumacher schumann schumm schupp schuppe schuri schuster schutzbach schwab schwalm ' +
  'schwanbeck schwandke schwanitz schwarthoff schwartz schwarz schwarzer schwarzkopf schwarzmeier ' +
  'schwarzová schwatlo schweisfurth schweitz schweizer schwennen schwerdtner schwidde ' +
  'schwirkschlies schwizgebel schwuchow schäfer schäffel schäffer schäning schär schärer schöckel ' +
  'schönball schönbeck schönberg schönebeck schönenberger schönfeld schönherr schönlebe schötz ' +
  'schüler schüppel schürch schütz schütze sciacca scocco scognamiglio scopece scorza scott scotti ' +
  'scripnic scrofani scuderi scurtu scutaru sebastiani sebenji secchi secci sechi seck secrieru ' +
  'sedarević sedillo sedliak sedliaková sedlák sedláková sedláček sedláčková sedlář sedlářová ' +
  'seeger seelig segovia segunmaru segura sehls sehnal sehnalová seibold seidel seiders seidl ' +
  'seidlová seifert seifertová seigel seiler seitz sekanina sekaninová sekinat seme semeraro ' +
  'semerád semerádová semisch semprini senatore senger senghor senkel senko senková senn ' +
  'senzangakhona sepe sepetçi sepúlveda serafin serafini serafino serban seremet serena serfontein ' +
  'serghei sergi serhat serna serpa serr serra serrano serrato seržante seržants sessa sestito ' +
  'sethi setiawan setälä sevcenco severa severi severino severová sevi sevilla sewald seydi seye ' +
  'seyidova sezek sforza shah shahbozov shahbozova shahobiddinov shahobiddinova shahriyorov ' +
  'shahriyorova shahzodov shahzodova shai shakya shamsiddinov shamsiddinova shanahan sharma shekoni ' +
  'sherpa sherzodov sherzodova shezi shields shiu shodiyorov shodiyorova shohibov shohibova shongwe ' +
  'shrestha shukla shukrulloh shukrulloha shum sibiya siciliano sidibé sidler siebel siebert ' +
  'siedlecki siegling siegrist sielemann siemon siener sienkiewicz sieradzki sierra sietniece ' +
  'sietnieks sievers siewert signorelli signorile signorini sigrist sihler sihombing sihotang siino ' +
  'sikora sikorová sikorski silenzi siliņa siliņš sillah silva silvestri silvestrini silvestro sima ' +
  'simanjuntak simbolon simeoli simeone simeoni simeti simijonović simin simion simionescu simić ' +
  'simićević simjanović simmen simojlović simon simoncelli simone simonet simonetti simoni simonini ' +
  'simonis simonović simonsen simula simulov simunović simurdić simões simčič sinaga sinanoğlu ' +
  'sinclair singh sinha sini sinnhuber sinopoli sipes sipos siracusa siragusa sirait sirbu siregar ' +
  'sirghi siri sirojiddinov sirojiddinova sischka sisneros sitarić sitek sithole sithuli sitompul ' +
  'sitorus situmorang siu sivák siváková siwek siwele siyaya sjöberg sjögren skala skalická ' +
  'skalický skalová skalski skandović skeledžija skenderija skiba skibicki skibiński skiles sklenka ' +
  'sklenková sklenář sklenářová skoczylas skoglund skokan skokanová skopal skopalová skorupan skov ' +
  'skowron skowronek skowroński skořepa skořepová skračić skroban skrzypczak skrzypek skudra ' +
  'skutecká skutecký skuterud skácel skácelová skála skálová skóra skřivánek skřivánková slabá ' +
  'slabý sladaković sladek sladić sladká sladký sladoje sladojević sladović slamarski slamek ' +
  'slanina slaninová slankamenac slatinac slavković slavík slavíková slavíček slavíčková slašťan ' +
  'slašťanová slezák slezáková slijepac slijepčević sloboda slobodanović slobodjanac slobodník ' +
  'slobodníková slobodová slobođanac slonja slota slotová slotta slovák slováková slováček ' +
  'slováčková sluka sluková sládek sládková sláma slámová smailbegović smaić smajlović smedsrud ' +
  'smeets smejkal smejkalová smet smetana smetanová smets smieja smiljan smiljanec smit smith ' +
  'smitham smogeli smola smoliński smoljanec smoljanić smolka smolková smolová smolík smolíková ' +
  'smrek smreková smrčka smrčková smrž smržová smutná smutný smuģe smuģis smyth smékal smékalová ' +
  'snedden snell snooke snyman soare soares sobczak sobczyk sobek sobieraj sobitov sobitova sobková ' +
  'sobolewski soboll sobotka sobotková sobowale soccorsi socha sochacki sochirca sochor sochorová ' +
  'socolov sodano sodar sodiqov sodiqova sofer sojka sojková sokhela sokol sokolićmihalak sokolová ' +
  'sokolowski sokołowski sokół solak solano solberg soldati soldo solga solheim solinas soliz ' +
  'soller solli sollner solmaz solomon solorio solorzano soltan soltanov soltanova solís somayaji ' +
  'somma sommer sommrová somogyi somrak somssich sondisa sondore sondors sonko sonn sonnabend ' +
  'sonnenfeld sorbello sorce soria soro sorrentino sosa sosnowski sosāre sosārs sotelo sothole soto ' +
  'sottile souare soukup soukupová soumaré sousa soutter souza souček součková sova sovová sow sowa ' +
  'sowiński soyinka soós sołtys sołtysiak spada spadafora spadaro spadoni spagnolo spagnuolo spahn ' +
  'spank spano spanu spanò sparacino sparić spasenić spasenović spasić spasković spasojev ' +
  'spasojević spasovski spataro spataru spelmeyer spencer speranza spiegelburg spielvogel spiga ' +
  'spina spinelli spinka spinner spinu spitzmüller spizzirri splinter spoerri sporer sporrer ' +
  'sprenger sproģe sproģis sprunger sprūde spurná spurný spáčil spáčilová spörri spöttel srakić srb ' +
  'srbová sroka stabile stachowiak stachowicz stachura stachurski stadelmann staden staffieri stahl ' +
  'staicu stalder stamatiadis stamm stan stanciu stancu stanek stanescu stang stanger stanijanović ' +
  'stanijević stanikić staniszewski stanisławski stanivuković staničić staniša stankiewicz ' +
  'stankovićmarton stanton stanzione staněk stapić stark starovlah stará starý starčevićmatijaško ' +
  'stasiak staszewski staub stauffer stauss stavila stawicki staňková stašćik stec steding ' +
  'steenkamp stefan stefanescu stefani stefaniak stefano stefański steffen steffensen steffny ' +
  'stegmann stehlík stehlíková stehr steidl steigauf steiger stein steinecke steiner steinerová ' +
  'steinert steinkamp steinmann steinmetz stejskal stejskalová stelkens stella stelmach stengel ' +
  'stengl stensrud stenzel stepanić stepanov stepanović stephan stern stettler steuber steuk ' +
  'stevelić stevilović stewart steyn stibor stiborová stiedemann stief stifel stigliano stirbu ' +
  'stocker stodola stodolová stoian stoica stokanović stokes stoklasa stoklasová stolarczyk ' +
  'stolarski stoll stolla stolle stoltenberg stolz storl storp storti stoutjesdijk stracke straka ' +
  'straková strand strano stranski stratan stratmann stratulat straub strausa strauss strautiņa ' +
  'strautiņš strautmane strautmanis strazdiņa strazdiņš streck streese strege streich streit ' +
  'strejček strejčková streller strepački strieder striezel strikinac strmota strnad strnadová ' +
  'strnisko strnisková stroe strogies strohschank stroman strosin strouhal strouhalová strunz ' +
  'strutz strydon strzelczyk strzelecki stránská stránský ström strömberg stube stubičan stuchlík ' +
  'stuchlíková stucki studená studený studer studnička studničková stuparić stupka stupková sturmer ' +
  'stutz styger stárek stárková stöckert stöckli stöppler stöwer stürmer stępień stępniak suartini ' +
  'subedi sucameli sucera suchomel suchomelová suchá suchánek suchánková suchý suciu sudiati ' +
  'sudrajat suen suffa suhrobov suhrobova sujew suk suková sukute sukuts sulaimon sulaymonov ' +
  'sulaymonova sultonov sultonova sunarić sundberg superina supriyanto surace suriano surma ' +
  'suryatmi suryono susanti suski sussmann suter sutermeister suthar suthe sutschet sutter sutz ' +
  'suvajac suvajdžić suvajčević suvala suvačarov suwarno suzović suárez sučević suđić suša sušac ' +
  'svatoň svatoňová svatoš svatošová svačina svačinová svendsen svensson svet svirčev sviták ' +
  'svitáková svoboda svobodová svorcan svozil svozilová svrakačić svrbík svrbíková svrtan světlík ' +
  'světlíková swaniawski swart swift swillims sy syahreza sylla sylvester symcox synek synková ' +
  'syrová syrový szabo szabó szafrański szalai szasz szatkowski szczepaniak szczepanik szczepański ' +
  'szczerba szcześniak szczygieł szczęsna szczęsny sze szekely szekeres szeląg szendrei szeto ' +
  'szewczyk szikra szilágyi szostak szulc szwarc szwed szydłowski szymański szymczak szymczyk ' +
  'szymkowiak szyszka székely szücs szőke szűcs sá sáenz sámel sámelová sánchez sándor sárközi ' +
  'sæther sène ségnane söderberg sören sözeri sørensen sørlie süleymanoğlu sürth sýkora sýkorová ' +
  'sējēja sējējs sīle sīlis sławiński słowik słowiński tabaček tabrisov tabrisova tacconi taddei ' +
  'tafelmeier tafoya tagliabue tagliaferri tagore tahincioğlu tahirova tahirović tai taiwo takalić ' +
  'takyi takács talabani talapka talarico talavanić tallarico tallone talpa talwar tam tamang tamas ' +
  'tamayo tamba tamburini tamez tamindžić tammaro tampolja tampubolon tamunoemi tamás tan ' +
  'tanacković tanase tanasijević tancoš tancošová tandon tang tangen tanjga tankosić tanner ' +
  'tanrıkulu tanurdžić tanzi taormina tapavica tapavički tapia tar taran tarantino tarihoran ' +
  'tarnowski tarquini tartamella tasche taslak tassi tassinari tasso tassone tatar tataranni ' +
  'tatarka tatarková tatarová tataru tatiana tatomirov tatár tatárka tatárkaová tatárová ' +
  'taufratshofer tavani tavares tawia taylor tazegül taş taşlı taşçı tcacenco tcaci tedde tedeschi ' +
  'tedesco tegethof teichmann teicāne teicāns teixeira tejada tejeda tekand tekelioğlu tekin telak ' +
  'telebar telenta telesca tella tello temitope teodorescu teofilović teokarević teovanović tepavac ' +
  'tepavčević tepić teplá teplý tepper tepša tepšić terenzi teresi terheiden terlecki terlizzi ' +
  'terlouw termine terrazas terry terzi terzija terzin terzić terzo terán tesař tesařová tesi tesla ' +
  'testa teufel tevdenić tešanović thamrin thapa theele theron theunissen thiam thiao thiaw thieke ' +
  'thiel thijs thimm thiomas thiongane thioub thioune thisell thomas thomka thomková thommen ' +
  'thompson thomsen thomson thoresen thoyana thriene thränhardt thumbeza thusi thust thyssen thöne ' +
  'tiano tiberti tica tichá tichý tidow tiedtke tietze tihomirović tijanić tijerina tikas tilgner ' +
  'tillack tillman tilotta tiltiņa tiltiņš timarić timmermann timmermans timotić tine tinguely ' +
  'tintor tiozzo tirado tirelli tirri tischler tischmann tissot tittman tivontschik tkaczyk toader ' +
  'tobler todaro tofan tofani toft tohirov tohirova toivonen tojić tokarski tokatlıoğlu tokgöz ' +
  'toldo toledo tolomeo tolu tolulope toma tomala toman tomanović tomanová tomaselli tomasello ' +
  'tomasi tomasović tomassoni tomaszewski tomazović tomaš tomaševićrigo tomczak tomczyk tomei tomek ' +
  'tomescu tomeček tomečeková tomečková tomeš tomešová tomka tomko tomková tomljanović tommasi ' +
  'tommaso tomović tomušilović tomys tománek tománková tomáš tomášek tomášková tomášová tomčić ' +
  'tonat tonelli tong tonini tonkovac tonn tončić topal topalov topalović topaloğlu topalski ' +
  'topisirović topić topolovac topolović topçuoğlu toraman torchia torchio torgersen tornatore toro ' +
  'torp torphy torre torres torresi torri torriani torrisi tortora tortorici toscano tosi totaro ' +
  'toth toti totman toto touré tovar toyipov toyipova tracz traini tralli trampeli tramposch tran ' +
  'trandafir tranová trantow traoré trapani trauth trautmann travaglini travan traverso travica ' +
  'treff trejo tremblay tremmel treskavica tress tretinjak tretola treutel trevisan treviño triboi ' +
  'tribuljak trif trifan trikić trikošanin triolo tripodi trivedi trivkanović trnka trnková troisi ' +
  'trojan trojanová trojanowski trombetta tromp trovato trtica truben trubenová truhlář truhlářová ' +
  'trujillo truter trzciński trzeciak trávníček trávníčková trček trčka trčková tsabalala ' +
  'tsamonikian tsang tschiers tschirch tschudi tse tshabalala tsoi tsotetsi tsui tubanski tucci ' +
  'tuccillo tuch tucholke tuckett tudor tudorache tudose tudow tufano tufo tulla tullio tumbarello ' +
  'tumino tunaboylu tunkova tunç tunçeri tuominen turajlić turan turcan turcanu turchi turco ' +
  'turcotte turcu turek tureček turečková turinski turk turková turnadžić turner turunen turza ' +
  'turčok turčoková tuschmo tustonja tutu tuča tuček tučková tučs tuğlu tuğluk tvrdá tvrdík ' +
  'tvrdíková tvrdý twardowski tweneboa twumasi táborská táborský tächl téllez tórrez tóth tóthová ' +
  'tô többen töpfer török türk türkdoğan türkyılmaz tütüncü tüzün tālberga tālbergs tăng tīrele ' +
  'tīrelis tříska třísková tůma tůmová ubavin ubavić ubavkić ubaydullohyev ubaydullohyeva ubiparip ' +
  'ubiparipović ubner ubović uca uchechi uchqunov uchqunova udicki udilović udovičić udovički ' +
  'udovčić udvardi ugarak uglješić ugolini ugričić ugrčić uher uhlemann uhlig uhlíř uhlířová uhrig ' +
  'uhrová uibel uitterdijk ukraden ulemek ulibarri uliczka ullmann ulloa ullrich ulrich ulrichová ' +
  'uluhan umarov umarova umbach umidullohyev umidullohyeva umidyev umidyeva umlauft umminger umolac ' +
  'unger ungureanu unterpaintner untila upton ural uram uramová urbancová urbanec urbanek urbaniak ' +
  'urbano urbanová urbanowicz urbansky urbańczyk urbański urbina urblík urblíková urbánek urbánková ' +
  'ureña urfonov urfonova urhig uribe urrutia ursachi urso ursu urías usada usai usamah usmonov ' +
  'usmonova utama utami utješanović uwais uyainah uys uzayrov uzayrova uzelac uzun vaca vacarciuc ' +
  'vacca vaccari vaccaro vacek vacková vaculík vaculíková vadlja vaduva vafoyev vafoyeva vahala ' +
  'vahlensieck vailati vaip vaivade vaivads vajcík vajcíková vajda vajdička vajdová vajzenbach ' +
  'vakareskov val vala valach valachovič valachovičová valachová valadez valdez valdivia valdés ' +
  'valencia valent valenta valente valenti valentini valentino valentová valentín valenza ' +
  'valenzuela valenčićbrkić valeri valeš valešová valić valkai valladares valle vallejo valles ' +
  'vallet valletta valli vallienne vallone valová valsecchi valtere valters valuška valušková ' +
  'valverde valášek valášková vanaga vanags vandamme vandenberghe vandenbroeck vandervort ' +
  'vandevelde vanegas vanek vaneková vangermain vanni vannini vanová vaníček vaníčková vančura ' +
  'vančurová vaněk vaněček vaněčková varela varenina varga vargas vargová varinac varićak varma ' +
  'varman varmuža varnica varriale varrier vartic varzić varšava varžićbiuklia varžićbiuklija ' +
  'vascotto vasile vasilescu vasiliu vasilj vasils vass vassallo vasseur vater vavrikov vavřík ' +
  'vavříková vaz vaňková vašadi vašek vaška vašková vašák vašáková vašíček vašíčková vecchi vecchio ' +
  'vecumniece vecumnieks vedvik veen veenstra vega vegar vegge veiga veinberga veinbergs veisa ' +
  'veiss vejnović vejvoda vejvodová vekecki vekić vela velaja velanac velasco velde velden veldsman ' +
  'velioğlu vella velásquez velázquez ven venegas venezia venghaus venter ventimiglia ventura ' +
  'venturelli venturi venturini vera verax verbeek vercesi verde verdes verdugo verduzco veres ' +
  'vergara verhaeghe verhoeven verma verme vermeulen verner vernerová verniest veronese versfeld ' +
  'verstraete verzi vesel veselicačatipović veseličić veselová veselá veselý vesin vesić vesković ' +
  'vestergaard veum veverka veverková vey vezi vezmar vezzoli večeřa večeřová viale vianello vicari ' +
  'vicen vicenová vicente vichi vicinanza vicini vicol vida vidal vidaček viderščak vidmar ' +
  'vidranjski vieira viellehner viera vierin vieru vieweg vigil viklund vila vilakazi viljoen vilka ' +
  'vilks villa villadsen villagómez villalobos villalpando villani villanueva villareal villari ' +
  'villarreal villaseñor villegas villiers vilsone vilsons vilímek vilímková vincenc vincent ' +
  'vincenzi vinci vincze vink vinketa vintere vinters vinther vintila vinš vinšová viola violante ' +
  'violi virgilio virlan virtanen virág visagie visan visani visconti viscò visentin visintin ' +
  'visser vita vitale vitali viti vitiello vitman vito vittori vitásek vitásková viviani viviers ' +
  'vizitiu vizziello viļuma viļums višekruna višňovská višňovský vlach vlachová vlad vlah vlas ' +
  'vlasák vlasáková vlašić vliet vlk vlková vlček vlčková vobořil vobořilová vodička vodičková ' +
  'vodrážka vodrážková vodák vodáková voelkel vogel vogelgsang vogronićopačić vogt voicu voigt ' +
  'voinea vojta vojtek vojteková vojtková vojtová vojtíšek vojtíšková vojtěch vojtěchová vojáček ' +
  'vojáčková vokoun vokounová vokuhl volek volf volfová volk volker volkman volkmann volková volle ' +
  'vollis volná volný volpe volpi von vona vondra vondrová vondrák vondráková vondráček vondráčková ' +
  'vonrueden vontein vorel vorlová vorlíček vorlíčková voráček voráčková vos vosilyev vosilyeva ' +
  'vosloo votava votavová votruba votrubová voříšek voříšková vrabcová vrabec vrabie vranjić ' +
  'vranjkoviććenan vračar vračarević vrba vrbanac vrbas vrbaslija vrbová vrekalović vries vrugić ' +
  'vrzal vrzalová vrána vránová vuillermoz vujaković vujeva vukadin vukaljević vukalović vukanović ' +
  'vukasović vukašinac vukelić vukelja vukeljić vukobradović vukobrat vuksanićpuljek vuksanović ' +
  'vukčević vukša vukšić vuleta vuletaš vuletin vulić vulićević vulišić vulović vulčević vunak ' +
  'vunjak vunturišević vučeta vučetić vučevac vučkovac vučković vučo vučurević vybíral vybíralová ' +
  'vydarená vydarený vydra vydrová vymazal vymazalová vyskočil vyskočilová vysloužil vysloužilová ' +
  'vácha váchová václavek václavková václavík václavíková vágner vágnerová válek válková váradi ' +
  'vásquez vávra vávrová vázquez váňa váňová väisänen vélez véliz vícha víchová vít vítek vítková ' +
  'vítová víšek víšková vörös vāciete vācietis vītiņa vītiņš vītola vītoliņa vītoliņš vītols vītuma ' +
  'vītums vũ waal wacana wachenbrunner wachtel wackrill wade waelchi wagenaar wagner wagnerová ' +
  'wahyudin wahyuni waibel wakan wal walczak walder waldmann walker walkowiak wallin wallner ' +
  'wallstab walsh walter walther walton waltrová waluyo walz wan wane wang wanner warchoł ward ' +
  'wardana wartenberg waschbüsch wasiak wasilewski wasita wasiu waskita wasser wassilew wassiluk ' +
  'wastuti watsica watson wawrzyniak wdowiak weber webrová wegmann wehner wehrle wehrli wehrsen ' +
  'weibel weidlich weidner weigel weiler weimann weimer weinand weis weiss weissnat weissová welch ' +
  'weller welsch welti welz welzel wenger weniger wenk wentzel werle werner werrmann wershansky ' +
  'wertag wesley wesołowski wessel wessels wessinghage westhuyzen wettstein weyel wezel wiafe ' +
  'wibisono wibowo wicaksono wichmann wickert widiastuti widmer widodo wiebe wiechmann wieczorek ' +
  'wiegand wiegelmann wierig wierzbicki wiese wieser wijaya wijayanti wijk wikström wilcox wilczek ' +
  'wilczyński wilderman wilhelm wilk wilkinson wilky willane willems willemsen williams williamson ' +
  'willms willoughby willwacher wilson wilts wimmer winarno winarsih windler winiarski winkelmann ' +
  'winkler winklerová wintheiser winther wirth wirz wischek wischer wisoky wisozk wissing witczak ' +
  'witek witkowski wittich witting wittl wiza wiącek więcek więckowski wiśniewski wnuk ' +
  'wojciechowski wojtas wojtasik wojtczak wojtkowiak wolak wold wolfarth wolff wolfová woliński ' +
  'wollenberg wollmann wolmerans wolny wolski wolters wong wosiyane wouters woytkowska woś woźniak ' +
  'wright wrona wroński wróbel wróblewski wu wuckert wujak wulandari wunsch wuraola wurm wyludda ' +
  'wyman wypych wysocki wyss wyszyński wójcicki wójcik wójtowicz wölpert wöschler wühn wünsche ' +
  'wüthrich wąsik wąsowski węgrzyn włodarczyk włodarski xaba xacon xairo xana xavier xelîl xenia ' +
  'xiana xicoy xu yaamoa yade yago yahyoyev yahyoyeva yalçın yami yan yanes yang yanuar yaqub yavuz ' +
  'yawson yazıcı ybarra yeboa yeboah yebra yengwa yetkiner yeung yeşilkaya yim yin yip yirenkyi yiu ' +
  'yolanda yong yoqubov yoqubova yorbekov yorbekova yorulmaz yost yoznurov yoznurova yu yudhistira ' +
  'yue yuen yulianti yulianto yuliarti yundt yung yuniar yunta yunusov yunusova yussuf yusufyev ' +
  'yusufyeva yáñez yüksel yıldırım yıldız yıldızoğlu yılmaz yılmazer zabaleta zabirov zabirova ' +
  'zaborowski zabrdac zabłocki zaccaria zaccaro zach zachová zaczkiewicz zadnik zadravec zadrić ' +
  'zafarov zafarova zagaria zago zagoršek zagorščak zagórski zaharia zahn zahradník zahradníková ' +
  'zahrah zahrádka zahrádková zaituc zajac zajacová zajíc zajícová zajíček zajíčková zając ' +
  'zajączkowski zakrzewski zalar zaleski zalewski zamarreno zamarripa zambon zamboni zambrana ' +
  'zambrano zambuto zamenhof zamfir zamora zampieri zamudio zana zanatta zandt zanella zanelli ' +
  'zanetta zanetti zani zanner zanon zanotti zapalac zapata zapletal zapletalová zaporojan ' +
  'zappacosta zappalà zappia zaragoza zarate zaremba zariņa zariņš zarzycki zaręba zatloukal ' +
  'zatloukalová zauber zavadil zavadilová zavala zavřel zavřelová zawada zawadzki zayas zaydov ' +
  'zaydova zayniddinov zayniddinova zbinden zbodulja zboncak zbořil zbořilová zdelar zdenčan ' +
  'zdravčević zdražil zdražilová zdunek zebić zec zedda zedník zedníková zehnder zeidler zeidmane ' +
  'zeidmanis zejak zekan zekl zelaya zelenka zelenková zelená zelený zelinka zelinková zeltiņa ' +
  'zeltiņš zeman zemanová zemlak zemánek zemánková zender zeni zennaro zepeda zeuch zeyen zeyhle ' +
  'zezula zezulová zhang zhao zheng zhou zhu ziegler zieliński zielonka ziemann zieme ziemele ' +
  'ziemelis zijan zijlstra zikmund zikmundová zilan zima zimanyi zimka zimková zimmer zimmerman ' +
  'zimmermann zimonja zimonjić zimová zinaić zinajić zindović zingaretti zingg zinser zintl ' +
  'zipalović zipančić zipp zipse ziramov zirojević zito ziyoyev ziyoyeva ziółkowski zięba ziętek ' +
  'zlatanović zlámal zlámalová zohidov zohidova zohirov zohirova zollinger zollo zondi zondo zordan ' +
  'zorica zotti zoubek zoubková zouhar zouharová zrna zrno zschunke zubak zubane zubayrov zubayrova ' +
  'zuber zucca zuiderveld zulaika zulauf zuliani zulkarnain zullo zulu zuma zumbo zunda zungu ' +
  'zunino zvaigzne zvanić zvejniece zvejnieks zviedre zviedrs zvinele zvinelis zvonar zvěřina ' +
  'zvěřinová zwane zwiener zwoliński zych zygmunt zyl záborská záborský zábranská zábranský zálešák ' +
  'zálešáková zámečník zámečníková záruba zárubová zíka zíková zúbrik zúbriková zúñiga zümsande ' +
  'zürcher zālīte zālītis zībere zībers águilar álvarez ávalos ávila åberg åkesson çakır çamdalı ' +
  'çapanoğlu çatalbaş çağıran çelik çetin çetiner çevik çörekçi écoffey ñañez öberg öcalan önür ' +
  'örge östringer öymen özberk özbey özbir özcan özdemir özdenak özdoğan özer özgörkey özkan özkara ' +
  'özkök öztonga öztuna öztürk ødegård østby østli überacker ülker ünal ābele āboliņa āboliņš ' +
  'āboltiņa āboltiņš ćenan ćora ćorak ćukalac ćukalović ćukić ćuković ćukteraš ćulibrk ćuslović ' +
  'čabaj-adam čabro čada čadová čajka čajko čaleta čamagić čamdžić čanaki čandrlić čančar čapek ' +
  'čapkovič čapkovičová čapková čapkunović čaplovič čaplovičová čaprnjić čarapina čarapić čaraveša ' +
  'čarnić čarnogurská čarnogurský čarović čatalinac čatić čavalić čavaljuga čavdarević čavić ' +
  'čavlina čaće čech čechová čejka čejková čelar čelebija čengija čerkašin čermák čermáková černe ' +
  'černoch černochová černohorská černohorský černá černík černíková černý červenka červenková ' +
  'červená červený červeňák červeňáková červinka červinková čierny čierná čihák čiháková ' +
  'činčurak-kovač čipanj čipanj-banja čisar čizmar-tormaš čičmak čobanović čobrda čobrdová čokov ' +
  'čolak čolaković čolanić čolina čonka čonková črešnik čudara čudars čudina čurda čurdová čvagić ' +
  'čáp čápová čížek čížková ďaďo ďaďová ďurica ďuricová ďuriš ďurišová đedović đekanović đekić ' +
  'đeković đelić đelkapić đelmaš đelošević đenić đenović đerasimović đerašević đergović đerisilo ' +
  'đerić đinh đoković đolović đoàn đukelić đumija đunda đào ķeizare ķeizars ķēniņa ķēniņš łapiński ' +
  'łuczak łukasiewicz łukasik łukaszewski řehoř řehořová řehák řeháková řeháček řeháčková řezníček ' +
  'řezníčková řezáč řezáčová říha říhová śliwa śliwiński ślusarczyk świderski świerczyński świątek ' +
  'şahin şen şervan şimşek šadl šafarić šafařík šafaříková šafránek šafránková šafář šafářová ' +
  'šagodić šajinović šajtoš šakanović šamšalović šanda šandová šantor šargač šarić šaruga šašek ' +
  'šašková šebek šebela šebelová šebesta šebestová šebková šeda šedivá šedivý šedová šegavčić ' +
  'šegota šekularac šenica šenk šenková šesta šesták šestáková šetula ševčík ševčíková šidlo ' +
  'šidlová šiketanc šileiko šilhavá šilhavý šimak šimatić šimek šimeček šimečková šimićšebalj ' +
  'šimková šimlješa šimon šimonovič šimonovičová šimonová šimák šimáková šimánek šimánková šimáček ' +
  'šimáčková šimčík šimčíková šimůnek šimůnková šindelář šindelářová šindler šindlerová šiptar ' +
  'široká široký širova širovs šiška šišková škoda škodová škrabal škrabalová škriniar škriniarová ' +
  'škultéty škultétyová šlechta šlechtová šmajda šmajdová šmejkal šmejkalová šmerda šmerdová šmite ' +
  'šmitran šmits šmrčak šmíd šmídová šnajdr šnajdrová šobar šobota šolar šolc šolcová šoljić šolta ' +
  'šoltés šoltésová šoltýs šoltýsová šomođvarac šorgić šormaz šorša šostarec šostarko šotić šotra ' +
  'šovagović španiel španović špaček špačková špernjak špiranec špička špičková šplíchal ' +
  'šplíchalová špoljarićperhat šrámek šrámková štajhofer štampf štangl štasni štefan štefanka ' +
  'štefanková štefanová štefančić štefek štefková štefl šteflová šteina šteins štimac štriga ' +
  'štrukelj štěpán štěpánek štěpánková štěpánová štěrba štěrbová šubrt šubrtová šujdović šukalo ' +
  'šukalović šukara šulc šulcová šulhof šulovnjak šuman šundalić šurka šurková šustr šustrová ' +
  'šutaković šutanovac šušak švab švanda švandová švarc švarcová švec švecová švehla švehlová ' +
  'švejda švejdová švestka švestková šváb švábová šálek šálková šíma šímová šíp šípek šípková ' +
  'šípová šír šírová šīrante šīrants šťastná šťastný ūdre ūdris żak żebrowski żmuda żuk żukowski ' +
  'żurawski żurek żyła žagarac žalako žarković žemlička žemličková žerajić žeravica žgela žgrabljić ' +
  'žiga žigová žipac žirović živadinović živak živaljević živanac živanović živiććojbašić žižanović ' +
  'žižka žižková žmegač žuljevićgrafina žák žáková žáček žáčková žídek žídková žďárská žďárský ' +
  'žůrek žůrková ';

/** Names that are also common English words ("Mark", "Grace", "Stone"): they count only beside other name evidence. */
export const AMBIGUOUS_NAMES_TEXT =
  'ally alone amid among an angel ani arena arenas art autumn aw baby ban bars bay beat beer bell ' +
  'belle best bill blank bless blessing block brain brand brown buck buddy butt ca campus can ' +
  'carbon cart chance charity chase clay comfort conception constant cook cousin crews crystal dam ' +
  'dare dawn diamond dies divine dock drew dries else era even faith fall fan fares fine fish flip ' +
  'floor forest foster frank garden gene general golden grace grant green gross gun gut guy hall ' +
  'hand hande harmony harms has he heaven hill hills hold honor hope horn howe hug human hunter ' +
  'idea innocent jail jarred jazz jet job joy judge junior just juste justice kick king kiss la ' +
  'lack lane law laws lean len lie line lion little loan lone long lot loyal lung major man marine ' +
  'mark marks mart mate may maye menu miles mills mine miracle modest my nail name naval nine oral ' +
  'pace palm park pat patience peer pence per pie pink pit pole pop post pour precious price ' +
  'promise queen re rice ridge rim river rod rose royal sack said sever shade silke sin sister ' +
  'skipped sky slam so song spies sterling stone storm sue summer sun sunny tall tea ties till tone ' +
  'top towne toy trace unique urban valid van vital wage waters weight west wet white will winter ' +
  'wit wolf wood young ';
