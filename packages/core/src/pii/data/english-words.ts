// Common English words (wink-lexicon 2.2.0, MIT, Copyright GRAYPE Systems), lower-case, one per space.
// A capitalised token that is one of these is not taken for an unknown surname.
export const ENGLISH_WORDS_TEXT =
  "n't a am an are ai abandons abandonment abandoning abandon abandoned ability abilities able " +
  'abortive abortions abort abortion aborted aborting about above abroad abroade absence absences ' +
  'absolutes absolute absolution absolutely absoluteness absolutism absorbs absorbency absorbing ' +
  'absorbent absorb absorbers absorber absorbed abstractive abstractly abstracts abstracting ' +
  'abstracted abstraction abstractions abstract abused abuser abuses abusive abusable abusing ' +
  'abusers abuse academic academically academics academe accelerations accelerator accelerating ' +
  'accelerates accelerated acceleration accelerators accelerate accents accenting accented accent ' +
  'accept acceptability acceptances acceptance accepting accepts acceptable accepted accesses ' +
  'accessed access accessibility accessible accessions accidently accidents accident accommodates ' +
  'accommodated accommodations accommodative accommodate accommodating accommodation accompaniments ' +
  'accompanying accompanies accompanied accompany accompaniment accomplishing accomplishes ' +
  'accomplished accomplishments accomplishment accomplish accorded according accordance accord ' +
  'accordingly accords account accounting accounts accountability accountant accountants accounted ' +
  'accountable accuracy accurately accurate accuse accuses accuser accused accusers accusing ' +
  'accusations accusation accusingly achieving achievement achieve achievements achieved achieves ' +
  'achievable acid acidity acids acidly acknowledged acknowledges acknowledgment acknowledge ' +
  'acknowledgments acknowledging acknowledgement acquirers acquire acquiring acquired acquirer ' +
  'acquires acquisitive acquisition acquisitiveness acquisitions across act acting acts acted ' +
  'actionable action actions activating activation activity actively actives activism activated ' +
  'activate activities active activists activist actors actor actresses actress actual actually ' +
  'actuality actualities adding ad added ads adapt adaptation adaptable adapter adapted adaptations ' +
  'adapts adapters adaptability adapting adds add additional addition additives additive ' +
  'additionally additions address addressing addresses addressed adequately adequate adjusters ' +
  'adjusting adjust adjusted adjustable adjustables adjuster adjustment adjustments adjusts ' +
  'administering administer administers administered administrate administrator administrators ' +
  'administrations administrative administratively administration admire admiral admirals admirably ' +
  'admirable admirers admired admires admirer admiringly admiring admiration admission admissions ' +
  'admissible admitted admitting admits admittedly admit adolescent adolescents adolescence ' +
  'adoptive adopted adoptable adopts adoptions adopters adopting adopt adoption adult adults ' +
  'advance advancements advancers advancement advancing advancer advances advanced advantages ' +
  'advantageous advantage advantageously adventurers adventure adventurer adventures adventurously ' +
  'adventuring adventurism adventurous advertising advertisement advertise advertisers advertises ' +
  'advertiser advertisements advertised advice advisedly advisers advisement advisable advising ' +
  'adviser advises advised advisability advise advocate advocating advocated advocates ' +
  'aesthetically aesthetes aesthetic aesthetics affairs affair affect affecting affectations ' +
  'affectation affects affections affected affectingly affection affords afford affordability ' +
  'affordable affording afforded afraid after afternoon afternoons afterward afterwards again ' +
  'against age aged aging ages agencies agency agendas agenda agents agent aggressions aggression ' +
  'aggressively aggressive aggressiveness ago agree agreed agrees agreeing agreement agreements ' +
  'agriculturals agriculturally agricultural agriculture ahs ah ahead aids aid aide aided aides ' +
  'aiding aim aims aimed aiming airings air airing aired airs aircraft airline airliners airliner ' +
  'airlines airplanes airplane airports airport aisle aisles alarmism alarmed alarming alarmingly ' +
  'alarm alarms albums album alcoholic alcohol alcoholics alcoholism alcohols alienating aliens ' +
  'alienate alienation alien alienated alienates alike alive all allegations alleging allegedly ' +
  'alleged alleges allegation allege alleys alley alliance alliances allowance allowing allowances ' +
  'allowed allow allowable allows allies allied ally allying almost alone aloneness along alongside ' +
  'already also altered altering alterations alter alteration alters alternating alternated ' +
  'alternate alternative alternates alternatively alternation alternately alternatives although ' +
  'altogether aluminum always amazingly amazing amazed amazement amaze ambassadors ambassador ' +
  'ambition ambitions ambitious ambitiously amend amendment amending amendments amended amid amide ' +
  'among amounts amounted amount amounting analysis analyst analystics analysts analyzable analyze ' +
  'analyzer analyzes analyzed analyzing ancestors ancestor ancients anciently ancient and angel ' +
  'angelic angels angers angered angering anger angle angles angling angry animals animation ' +
  'animism animized animate animal animates animated ankles ankle anniversaries anniversary ' +
  'announcements announcment announcement announcer announces announced announce announcers ' +
  'announcing annually annualized annual anonymous anonymously anonymity another answers answered ' +
  'answerable answering answer anticipated anticipates anticipations anticipation anticipating ' +
  'anticipate anxiety anxieties anxiously anxious any ani anybody anymore anyone anything anyway ' +
  'anyways anywhere apartment apart apartments apologizes apologized apologies apology apologize ' +
  'apologizing apparent apparently apparency appeal appeals appealed appealing appears appeared ' +
  'appear appearing appearance appearances apples apple application applicator applicant applicants ' +
  'applications applicators applicable applicability applying applied applies apply appointments ' +
  'appoints appointment appointing appointed appoint appreciatively appreciation appreciative ' +
  'appreciations appreciably appreciate appreciates appreciated appreciable appreciating approaches ' +
  'approached approachable approach approaching appropriators appropriations appropriation ' +
  'appropriately appropriateness appropriating appropriate appropriated appropriates approving ' +
  'approval approve approved approvals approves approvingly approximation approximations ' +
  'approximately approximates approximated approximate architects architect architectural ' +
  'architecture architectures architecturally areas area arenas arena arguing argues argued argue ' +
  'argumentation argument arguments arising arises arise armful armed arming arms arm armies army ' +
  'around arrangements arrange arrangers arranged arranges arranging arrangement arrayed arrays ' +
  'array arrests arrest arrested arresting arriving arrives arrived arrive arrivals arrival arrows ' +
  'arrow arrowed artfulness arts artfully artful art articles article articulated articulations ' +
  'articulation articulate artifacts artifact artificiality artificial artificially artistically ' +
  'artistic artist artists as ash ashes asides aside ask asked asks asking asleep aspects aspect ' +
  'ass asses assaulted assaults assault assaulting assembling assembly assemble assemblies ' +
  'assembles assembled asserting assertion assertedly assertions assertiveness asserted asserts ' +
  'assert assertive assessing assess assessment assesses assessed assessments assets asset assigns ' +
  'assigned assignment assign assigning assignments assists assistant assistance assist assisted ' +
  'assistants assisting associating associate associated associates association associations ' +
  'associatively assuming assumed assumes assume assumptions assumption assurance assures assuring ' +
  'assuredly assure assured assurances astronomer astronomical astronomically at ate athletes ' +
  'athletics athletic athlete athletically atmospheric atmosphere atmospheres atop attachments ' +
  'attach attachment attache attaching attaches attached attack attacked attacker attacking attacks ' +
  'attackers attempting attempt attempted attempts attendant attendents attends attending attended ' +
  'attendance attendent attend attendants attention attentive attentions attentively attitude ' +
  'attitudes attorney attorneys attract attracts attractively attractive attractiveness attractions ' +
  'attracted attractant attraction attracting attributed attributions attributes attribute ' +
  'attributable attributing auction auctions auctioneer auctioning auctioned audience audiences ' +
  'aunt aunts authored authoring authorizes authority authorize authorization authorized ' +
  'authorities authorizations authorizing authors author autos auto automatically automatic ' +
  'automobiles automobile autonomy availabilities availed availability available avail availing ' +
  'averaging averaged averages average avoids avoiding avoidable avoidance avoid avoided awaiting ' +
  'await awaited awaits awake awarding award awards awarded aware awareness away awaye awfulness ' +
  'awful awfully aw babies baby backed backs back backing backgrounds background backyard backyards ' +
  'bacteria badness bads bad badly bag bags bagged bake bakes baked baking balances balanced ' +
  'balancing balance balled ball balling balls ballooned balloon balloons ballooning ballot ' +
  'balloting ballots banning banned ban bans banana bananas banding bands band banded banked ' +
  'banking bank banks banker bankers bankruptcies bankruptcy barring bar bars barred bared bare ' +
  'baring barely barn barns barrel barrels barreling barrier barriers based bases base basing ' +
  'baseballs baseball basements basement basically basic basics basis baskets basket basketball ' +
  'batting bat bats batted bathe bath bathing baths bathed bathrooms bathroom batteries batterie ' +
  'battery battle battles battled battling bays bay bayed baying being beings be beaching beach ' +
  'beached beaches beams beaming beamed beam beans bean bears bear bearings bearing beard bearded ' +
  'beards beastly beast beasts beats beating beatings beat beautiful beauty beautifully beauties ' +
  'because become becomes becomed becoming bed beds bedding bedded bedroom bedrooms bee bees beefs ' +
  'beef beefed beefing beer beers before begged beg begs begging begins beginnings begining begin ' +
  'beginning behalf behave behaving behaves behaved behavioral behaviors behaviorally behavior ' +
  'behind belief beliefs believing believer believes believed believability believably believable ' +
  'believers believe bell belle bells belled belles bellies belly belongs belongings belonged ' +
  'belong belonging below belt belts belted belting benches bench bends bending bend beneath ' +
  'benefited benefiting benefits benefit beside besides best bested bestes besting bet bets betting ' +
  'betterment bettering bettered betters better between beyond bias biased biases bicycling ' +
  'bicycles bicycle bidding bids bid bigness big bike bikes biking bill billings bills billing ' +
  'billed billions binding binds bind biography biographies biology biologic biological ' +
  'biologically birds bird birth births birthed birthday birthdays bishops bishop bits bit bites ' +
  'biting bite bitingly bitee bitters bitter bitterness bitterly blackness blacked blacks black ' +
  'blacking blades blade blames blamed blame blaming blanks blank blanket blankets blanketed blasts ' +
  'blasting blast blasted blended blending blends blend bless blessed blessing blessings blinding ' +
  'blind blinded blindness blinds blindly blinking blink blinks blinked blocks blocked block ' +
  'blocking blond blondes blonde blooded blood bloods bloodied bloody blow blowing blows blues blue ' +
  'boards board boarded boarding boardings boastings boasted boast boastful boastfully boasting ' +
  'boasts boat boating boats bodied bodies body boils boiled boil boiling boldness boldly bold ' +
  'bolting bolted bolts bolt bomb bombing bombed bombings bombs bonded bonding bonds bond bone ' +
  'boned bones bonuses bonus books booking book bookings booked booms boom booming boomed boosted ' +
  'boost boosting boosts booting boots booted boot booths booth bordering bordered border borders ' +
  'boring bore bores bored boringly borne born borrows borrowed borrower borrowers borrow borrowing ' +
  'borrowings boss bossed bosses bothers bother bothering bothered bottles bottled bottling bottle ' +
  'bottom bottoming bottoms bottomed bounce bounces bounced bouncing boundaries boundary bow bowed ' +
  'bowing bows bowls bowling bowl bowled box boxed boxes boxing boy boys boyfriend boyfriends brain ' +
  'brains brakes brake braking branching branches branched branch branded brands brand bravely ' +
  'brave braving braved breaded bread breaks breaking break breakfast breakfasted breakfasts breast ' +
  'breasts breath breathe breathes breaths breathing breathed breezes breeze brick bricks bride ' +
  'brides bridge bridging bridges briefed briefings brief briefing briefs briefly brightness ' +
  'brightly bright brilliant brilliantly bringing bring brings broadly broad broadcaster ' +
  'broadcasters broadcast broadcasting broadcastings broadcasts broken brokenly brokering broker ' +
  'brokered brokers bronzed bronzes bronze brotherly brothers brother brotherism brown browned ' +
  'browning brush brushed brushes brushing brutality brutalism brutally brutalities brutalized ' +
  'brutal bubbly bubble bubbling bubbled bubbles bucks bucking buck bucked bucket buckets buddies ' +
  'buddy budget budgets budgeted budgeting budgeteers bug bugged bugs bugging building builds ' +
  'buildings build builders builder bulb bulbs bulking bulks bulked bulk bull bulls bullets bullet ' +
  'bunching bunches bunch bunched burdens burdening burdened burden bureau burn burning burne burns ' +
  'burned burnings bursting burst bursts bury burying buried bus bushes bush busies busy business ' +
  'businesses busied businessman butting but butted buts butts butt butter butterflies butterfly ' +
  'buttons buttoned button buying buy buys buyings buyer buyers by cab cabs cabins cabin cabinets ' +
  'cabinet cables cable cabled cage caged cages cakes caked cake calculations calculates calculable ' +
  'calculate calculation calculators calculated calculator calculating calendar calendars call ' +
  'calling calls called calming calmed calm calmly calmness camera cameras camps camp camped ' +
  'camping campaigns campaigned campaign campaigners campaigning campuses campus cans can ca canned ' +
  'cancelling canceling cancelled cancel canceled cancels cancellation cancellations cancers ' +
  'cancerous cancer candidly candidate candid candidates candles candle candy candies canvas capped ' +
  'cap caps capping capable capably capability capabilities capacities capacity capitalizations ' +
  'capitalize capitals capitalized capitalizes capitalizing capitalization capital capitalism ' +
  'captains captain capturing capture captures captured car cars carbohydrate carbon carbons ' +
  'carbonates cards card carefulness caring care careful carefully cares cared careerism career ' +
  'careers cargoes cargo carpets carpeted carpet carpeting carrier carriers carrots carrot carried ' +
  'carrying carry carries carts carte carting cart carted cartoon cartoons carves carved carving ' +
  'carve carvings cased case cases casings cash cashed cashing casinos casino cast castings casts ' +
  'caste casting casual casuals casually casualty casualties cat cats cataloging catalogs catalog ' +
  'catching catches catch categories category cattle caused causes causing cause cave caving caved ' +
  'caves ceases ceased cease ceasing ceilings ceiling celebrated celebrates celebration ' +
  'celebrations celebrators celebrants celebrate celebrities celebrity celebrating cell cells ' +
  'cemeteries cemetery center centering centers centered centralizing centrality centralization ' +
  'centralized central centrally centralize century centuries ceremony ceremonial ceremoniously ' +
  'ceremonially ceremonies certain certainly chain chained chains chair chairs chairing chaired ' +
  'chairman challengers challenged challenges challenger challenging challenge challengeable ' +
  'chamber chambered chambers champions championed champion championing championships championship ' +
  'chance chances chanced change changing changed changes channels channeling channelled channel ' +
  'channeled chaos chapters chapter character characters characteristically characteristic ' +
  'characteristics characterization characterizing characterize characterizations characterizes ' +
  'characterized charging charge charges charged charities charity charm charmed charms charming ' +
  'charmingly chart charting charted chartings charts charters charter chartered chasing chase ' +
  'chased cheap cheat cheated cheating cheats checks checking checked check cheek cheeks ' +
  'cheerfulness cheere cheers cheered cheering cheer cheerfully cheerful cheeses cheese chef chefs ' +
  'chemical chemically chemicals chemistries chemistry chests chest chewing chewed chews chew ' +
  'chicken chickens chief chiefs child childhood chill chills chilled chilling chillingly chin ' +
  'chins chinning chipping chipped chips chip chocolate chocolates choices choice cholesterol ' +
  'choose choosing chooses chopping chop chops chopped chronically chronic chunk chunks churches ' +
  'church churchly cigarette cigarettes circling circles circled circle circuitous circuits circuit ' +
  'circumstances circumstance cited cite citing cites citizen citizens citizenship city cities ' +
  'civics civic civilizations civilize civilized civilizing civil civility civilian civilians ' +
  'claims claiming claim claimed classed classes class classicism classics classic classically ' +
  'classical classified classify classifiers classifying classifies classrooms classroom clay clays ' +
  'clean cleanly cleaning cleans cleaned clearly clear clearness clears cleared clearing clerking ' +
  'clerk clerks clicked clicking click clicks client clients cliff cliffs climates climate climatic ' +
  'climbs climbing climbed climb cling clinging clings clinics clinical clinically clinic clippings ' +
  'clipped clip clipping clips clocked clock clocks clocking closing closings close closeness ' +
  'closely closes closed closer closest closets closeted closet clothed clothes clothing cloth ' +
  'clothe clouding cloud clouds clouded clubbed clubs club clues clue clustering clusters clustered ' +
  'cluster coach coaches coaching coached coal coals coalitions coalition coasted coast coasts ' +
  'coastal coating coat coats coated coatings cocaine code coding codes coded coffees coffee ' +
  'cognitive coins coin coined cold coldly colds colde coldness collaborators collaborate ' +
  'collaborations collaborative collaboration collaborating collaborates collaborated collaborator ' +
  'collapse collapses collapsible collapsing collapsed collar collared collars colleague colleagues ' +
  'collectively collections collectability collecting collection collectives collects collect ' +
  'collective collected collectibles collectible collectors collector college colleges colonials ' +
  'colonies colonial colony colonialism coloring colorization color colorful colors colored ' +
  'coloration coloreds columns column columnists columnist combatant combative combating combatted ' +
  'combatants combat combination combinable combines combined combinations combining combine comely ' +
  'comings coming comes come comedy comedies comedie comfort comforted comfortable comfortably ' +
  'comforting comforts commandant commands commander commandments commandeering command commanded ' +
  'commanding commanders commandeered commandment commentators commentator commented comment ' +
  'commenting comments commercial commercializing commercialism commercialization commercials ' +
  'commercialize commercially commercialized commissioned commission commissions commissioning ' +
  'commissioner commissioners commitments committed commit commits committing commitment committee ' +
  'committees commodities commodity commonality common commonly commoner commoners commons ' +
  'commonness communicate communicating communicators communicational communications communication ' +
  'communicative communicator communicated communicable community communities companions companion ' +
  'companionable company companies comparative compared compare comparable comparably comparing ' +
  'compares comparatively comparability comparisons comparison compellingly compelling compels ' +
  'compel compelled compensated compensates compensations compensating compensate compensation ' +
  'compete competing competently competes competed competency competent competence competitions ' +
  'competitive competitiveness competitively competition competitors competitor complaining ' +
  'complainant complain complains complained complaint complaints completes completely completed ' +
  'complete completing completions completeness completion complexity complex complexities ' +
  'complexes compliance complications complicate complicates complicated complicating complicity ' +
  'complication comply complies complied complying component components composers composing compose ' +
  'composed composer composes composition compositional composite compositions composites compound ' +
  'compounding compounds compounded comprehensively comprehensiveness comprehension comprehensive ' +
  'comprising comprised comprises comprise compromising compromise compromises compromiser ' +
  'compromised computational compute computes computation computations computer computing computers ' +
  'computed concede concedes conceded conceding concededly conceiving conceive conceived conceives ' +
  'conceiver conceivably conceivable concentrating concentric concentrate concentrations ' +
  'concentrated concentrates concentration concept conception conceptions concepts concerning ' +
  'concerns concern concerned concerted concerts concert concluded conclude concluding concludes ' +
  'conclusion conclusively conclusions conclusive concrete concretely condemned condemning condemn ' +
  'condemns condemnation conditioned conditional conditioning conditionally conditions condition ' +
  'conducts conductivity conduct conducted conducting conduction conferred conference conferring ' +
  'confers confer conferences confessions confess confessing confesses confession confessed ' +
  'confidently confided confides confidence confidences confiding confidants confide confident ' +
  'confidant confirmed confirming confirmation confirms confirmations confirm conflicted conflicts ' +
  'conflict conflicting confronts confront confrontational confrontations confrontation confronted ' +
  'confronting confusions confuse confused confuses confusing confusion congressional ' +
  'congressionally connecting connects connect connection connections connective connected ' +
  'consciences conscience conscious consciously consciousness consecutive consensus consenting ' +
  'consents consent consented consequences consequently consequence consequent conservative ' +
  'conservatives conservancy conserving conserve conservation conservatively conservator conserves ' +
  'conserved conservators considering considered consider considers considerate considerably ' +
  'considerable considerately consideration considerations consisted consistently consist consists ' +
  'consistence consistency consistent consisting conspiracy conspiracies constant constants ' +
  'constantly constitute constitutionality constitution constituted constitutional constituting ' +
  'constitutes constitutionally constitutions constraint constraints constructional constructive ' +
  'constructed constructs construct constructively constructions constructing construction ' +
  'consultancy consult consultants consultations consultative consulting consulted consultation ' +
  'consultant consumer consumes consumables consumers consuming consumed consume consumptive ' +
  'consumption contact contacts contacted contacting containment containing contain containers ' +
  'contains container contained containable contemplation contemplating contemplative contemplated ' +
  'contemplates contemplate contemporaries contemporary contending contender contended contend ' +
  'contenders contends contents contented contentions contentment contention content contentedly ' +
  'contenting contested contestant contests contestants contesting contest contexts context ' +
  'continously continents continent continence continuingly continue continuously continues ' +
  'continued continually continual continuous continuities continuation continuity continuance ' +
  'continuing contracting contractions contracted contraction contract contracts contractor ' +
  'contractors contrasts contrasting contrast contrasted contribution contribute contributed ' +
  'contributes contributing contributions contributor contributors controllers controlled ' +
  'controller controlling controllable controls control controversy controversies controversial ' +
  'convenient conveniently convenience conveniences convention convent conventionally conventional ' +
  'conventions conventionality converse conversing conversations conversational conversant ' +
  'conversely conversion conversation conversions convertibles converters convertible ' +
  'convertibility converting convert converts converter converted conveying convey conveys conveyed ' +
  'conveyance convicts convicting convicted conviction convictions convict convincingly convincing ' +
  'convince convinces convinced cooked cook cooking cooks cookies cookie cool cooled coolness cools ' +
  'cooling coolnesses cooperation cooperates cooperated cooperative cooperating cooperatively ' +
  'cooperatives cooperate coordinator coordinating coordinated coordinates coordinators coordinate ' +
  'coordination cops cop copes cope coping copings copy copying copies copied cords corded cord ' +
  'cores core corne corns corn corners cornering corner cornered corporate corporates corporation ' +
  'corporeality corporations corporal corporeal corrected correction correctional corrective ' +
  'corrects correctly correct correctness corrections correcting correlated correlations ' +
  'correlating correlate correlation correspondence correspondents correspondent correspondingly ' +
  'corresponds correspond corresponded corresponding corridors corridor corrupted corrupter corrupt ' +
  'corruptions corruption corruptible corrupts corrupting coste costing cost costly costs costuming ' +
  'costume costumes costumed cottages cottage cotton couching couch couches couched could councils ' +
  'council counsel counseling counsels counseled counselors counselor counting count counts counted ' +
  'countering countered counters counter counterparts counterpart countries country county counties ' +
  'coupe coup coupes coups couple coupled couples coupling courageous courageously courage courses ' +
  'coursed course coursing court courtly courts courting courted courtroom courtrooms cousin ' +
  'cousins cover covering covered coverings covers coverages coverage cowed cows cow crack cracks ' +
  'cracking cracked crafts craft crafted crafting crashed crashes crashing crash crawl crawled ' +
  'crawls crawling crazies craziness crazy cream creamed creams create created creates creating ' +
  'creation creations creationism creativity creative creativeness creatively creatures creature ' +
  'credibility credible credibly credits credit credited creditably creditable crediting crews crew ' +
  'crime crimes criminality criminals criminalizing criminally criminal criminalized ' +
  'criminalization criminalize crisis criteria criticize criticisms criticizes criticized ' +
  'criticizing critics critical critic critically criticism criticality cropping crop crops cropped ' +
  'crossings crosses cross crossing crossed crowd crowds crowding crowded crucial crucially cruel ' +
  'cruises cruising cruise crush crushes crushing crushed cried cries cry crying crystallized ' +
  'crystals crystallizing crystallize crystal crystallization cues cue cultured cultures culturally ' +
  'culture cultural cupful cupped cups cup cure cured cures curing curiosity curiosities curious ' +
  'curiously currencies currency current currently currents curriculum curriculums curtain ' +
  'curtained curtains curves curved curve curving custodial custody customer customized custom ' +
  'customs customers customization cuts cutting cut cuttings cute cuteness cycled cycles cycling ' +
  'cycle dad dailies daily dammed dams dam damage damaged damages damaging damning damned damn ' +
  'dances dance dancing danced dancer dancers dangers danger dangerously dangerous dares dared ' +
  'daring dare darkly darkness dark data databases database date dates dated dating daughters ' +
  'daughter dawned dawning dawn dawns days day dead deadly deadness deadlines deadline deal dealing ' +
  'deals dealings dealers dealer dearly dear deathly death deaths debatable debates debated debate ' +
  'debating debris debts debt debuting debuts debuted debut decades decade decadence decadent ' +
  'decent decently decide decidely decides decided decidedly deciding decisions decisiveness ' +
  'decisively decision decisive decking deck decked decks declared declares declaring declare ' +
  'declaration declarative declarations declines declined decliners decline declining decorous ' +
  'decor decoration decorated decorations decorator decorative decorativeness decorate decorators ' +
  'decorating decrease decreasing decreases decreased dedicates dedicated dedicate dedication deems ' +
  'deeming deemed deem deep deeps deeply deer defeats defeated defeat defeatism defeating defend ' +
  'defending defends defendant defenders defendants defended defender defenses defensively ' +
  'defensive defensible defense defensiveness deficit deficits definable defining defined defines ' +
  'define definitions definitive definite definitively definition definitely definitional degree ' +
  'degrees delaying delay delays delayed deliberating deliberation deliberations deliberated ' +
  'deliberate deliberately delicately delicate delighted delights delighting delightfully ' +
  'delightful delight delivers deliver delivering delivered deliveries delivery demanded demander ' +
  'demand demands demanding demandingly democracies democracy democrats democratization ' +
  'democratizing democratic democratized democratize democrat democratically demographic ' +
  'demographically demographics demonstrated demonstratives demonstrating demonstrate demonstrable ' +
  'demonstrably demonstrativeness demonstrators demonstrates demonstratively demonstration ' +
  'demonstrations denials denial dense densely density densities denying denies denied deny depart ' +
  'department departments departs departed departing departures departure depending dependable ' +
  'depends depend dependents dependent depended dependence dependency depict depiction depictions ' +
  'depicting depicts depicted deployment deployed deployments deploy deploying deployable deposits ' +
  'depositing depositions deposit deposition deposited depressant depressants depressingly ' +
  'depressed depresses depressing depress depressions depression depths depth deputy deputies ' +
  'derivative deriving derivatives derivations derivation derived derives derive descendants ' +
  'descending descendents descends descendant descended descendent descend described describes ' +
  'describe describing description descriptions descriptive desertion desert deserts deserted ' +
  'deserve deserves deserved deserving designing designers designating designer designed designated ' +
  'designates designations designs designate design designation desiring desirous desirable ' +
  'desirability desires desired desire desks desk desperately desperation desperate despite dessert ' +
  'desserts destination destined destinations destroyer destroyed destroys destroyers destroy ' +
  'destroying destruction destructive details detailed detail detailing detectives detective ' +
  'detection detects detectable detected detecting detect determinations determinate determinant ' +
  'determinative determination determinedly determinants determined determinism determinable ' +
  'determines determinability determining determine devastation devastatingly devastate devastating ' +
  'devastated develop develops development developers developed developer developing developments ' +
  'developmental devices device devil devils devoting devotions devotion devotional devotedly ' +
  'devote devoted devotes diabetes diabetic diabetics diagnoses diagnosed diagnose diagnosable ' +
  'diagnosing diagnosis dialogues dialogue diamonds diamond diaries diary dictator dictators ' +
  'dictate dictating dictates dictated dictation dies died dying die diets diet dieting differed ' +
  'differs differing different differences difference differ differently difficult difficulty ' +
  'difficulties digging dig digs digitizes digitalization digit digital digitalized digits dignity ' +
  'dilemmas dilemma dimensioning dimensions dimension diminishing diminish diminished diminishes ' +
  'dines dined dine dining dinner dinners dipped dipping dips dip diplomatically diplomats ' +
  'diplomatic diplomat direct direction directing directives directivity directed directs ' +
  'directional directionally directive directions directly directness directors directorate ' +
  'director dirt dirty disable disabled disability disabilities disabling disagree disagreed ' +
  'disagrees disagreeable disappearance disappeared disappear disappearing disappearances ' +
  'disappears disappointment disappoint disappointing disappointingly disappoints disappointments ' +
  'disappointed disasters disaster discs disc disciplining discipline disciplines disciplined ' +
  'discloses disclosed disclosing disclose discounting discounters discounted discounts discount ' +
  'discounter discouraged discouragement discourage discouraging discourages discourses discourse ' +
  'discovering discovered discovers discover discoveries discovery discrimination discriminating ' +
  'discriminates discriminated discriminate discussion discussions discussant discussed discusses ' +
  'discussing discuss disease diseases diseased dished dishes dishing dish disk disking disks ' +
  'dismissed dismisses dismissal dismiss dismissing disorderly disorders disordered disorder ' +
  'displaying displays display displayed disputed disputes disputable dispute dissolves dissolved ' +
  'dissolve dissolving distances distance distancing distant distantly distinction distinctly ' +
  'distinctive distinctively distinctions distinctiveness distinct distinguishes distinguished ' +
  'distinguishing distinguishable distinguish distraction distracted distractedly distract ' +
  'distractions distracting distributive distributions distributing distribution distributable ' +
  'distributed distributer distributes distribute districts district districting disturber ' +
  'disturbed disturbingly disturbances disturbs disturbing disturb disturbance diuretic diuretics ' +
  'diversions diversities diverse diversion diversity divides divide divided divider dividing ' +
  'divinities divinity divinely divine divining divination divisions divisible divisiveness ' +
  'divisive division divorced divorces divorce does doing do doings dock docked docks doctored ' +
  'doctorates doctor doctorate doctoring doctors doctoral doctrine doctrinal doctrinally doctrines ' +
  'documents documenting document documentation documented documentaries documentary dogs dogging ' +
  'dogged doggedly dog doll dolls domains domain domesticity domestic domesticates domestically ' +
  'dominates dominating domineering dominantly domination dominance dominated dominant dominate ' +
  'donating donates donated donation donations donate donors donor doors door doorway doorways ' +
  'dosed doses dose dotted dots dotting dot doubled doubles doubling double doubte doubts doubting ' +
  'doubtfully doubtful doubtingly doubt doubted dough down downs downing downed downtown dozens ' +
  'drafted drafts drafting draft drags dragged drag dragging draining drain drained drains dramas ' +
  'drama dramatical dramatics dramatically dramatization dramatic dramatizations dramatized ' +
  'dramatizes dramatizing dramatize draws drawing draw drawings drawers drawer dreaming dreamed ' +
  'dream dreams dressed dresses dressing dress dressings dries drying dried dry drifting drifted ' +
  'drifts drift drilled drilling drill drills drinking drinks drink drives drive driving drivers ' +
  'driver driveway driveways drop drops dropping droppings dropped drowned drownings drown drowns ' +
  'drowning drug drugging drugged drugs drummed drum drums drumming drunk drunks ducking ducked ' +
  'ducks duck dues due dumb dumping dumps dumped dump during dusting dusted dust dusts dutiful duty ' +
  'dutifully duties dynamics dynamism dynamically dynamic dynamical each eagerly eager eagerness ' +
  'earful ears eared ear early earns earnings earned earning earn earthly earth earthquake ' +
  'earthquakes easing ease eased eases easily east eastern easy eating eats eatings eat eaten ' +
  'echoing echo echoed echoes ecologically ecology ecological economics economical economic ' +
  'economically economizing economize economist economists economy economies edged edging edge ' +
  'edges edit edition editions edited editing edits editor editors education educators educational ' +
  'educations educator educate educated educating effecte effects effecting effectively ' +
  'effectiveness effect effected effective efficiently efficient efficiencies efficiency effortful ' +
  'efforts effort eggs egg egos ego eighth either elaborately elaborated elaborates elaborating ' +
  'elaborate elaboration elbow elbows elbowing elders elderly elder election electing elect ' +
  'electives elections elective elected elects electricals electrical electrically electric ' +
  'electricity electronics electron electronic electronically electrons elegant elegance elegances ' +
  'elegantly elements element elemental elementary elephants elephant elevator elevators elevate ' +
  'elevations elevated elevates elevation elevating eligibility eligible eliminations eliminates ' +
  'eliminated eliminating eliminate elimination elites elite else elsewhere embarrassed ' +
  'embarrassment embarrassingly embarrass embarrassing embarrassments embrace embraces embraced ' +
  'embracing emerge emergencies emerging emergent emergency emergence emerges emerged emission ' +
  'emissions emotionalism emotions emoted emotion emotionally emotional emotionality emote emphasis ' +
  'emphases emphasizes emphasized emphasize emphasizing empirically empires empirical empire ' +
  'employing employes employer employed employe employs employ employment employers employments ' +
  'employee employees empty emptied empties emptiness emptying enable enabled enabling enables ' +
  'enactments enact enacts enacted enacting enactment encounters encounter encountered encountering ' +
  'encouraging encourage encouragement encouragingly encourages encouraged end ended ends endings ' +
  'ending endlessly endless endorse endorses endorsed endorsements endorsing endorsers endorsement ' +
  'endure enduring endures endured endurable enduringly endurance enemies enemy energies energy ' +
  'enforcement enforce enforced enforcer enforces enforcers enforcing enforceable engaged engaging ' +
  'engage engages engagingly engagement engagements engine engines engineers engineered engineering ' +
  'engineer enhance enhancing enhancement enhances enhanced enhancements enjoys enjoying enjoy ' +
  'enjoyable enjoyed enjoyment enormity enormous enormously enough enrollments enroll enrolling ' +
  'enrollment enrolled ensures ensured ensure ensuring entering entered enter enters enterprise ' +
  'enterprising enterprisingly enterprises entertainment entertaining entertain entertainers ' +
  'entertained entertainer entertainments entertains enthusiasm enthusiasms entire entirely entitle ' +
  'entitles entitlement entitlements entitled entitling entities entity entrances entranced ' +
  'entrance entrepreneurs entrepreneurism entrepreneur entries entry enveloped envelopes envelope ' +
  'enveloping environment environing environments environs environmental environmentalism ' +
  'environmentally envision envisions envisioned envisioning epidemic epidemics episodic episodes ' +
  'episode equals equal equaled equalled equalizing equalization equalize equaling equalizers ' +
  'equality equally equalizer equating equations equated equation equate equator equates equips ' +
  'equipping equipment equip equipped equities equity equivalence equivalents equivalent era eras ' +
  'errors error escapes escaped escape escaping especially essays essay essayed essence essences ' +
  'essentially essentials essential established establish establishing establishment establishes ' +
  'establishments estate estates estimate estimates estimated estimating estimable estimation ' +
  'estimators etc ethical ethics ethically ethic ethnic ethnically ethnicity evaluation evaluated ' +
  'evaluates evaluative evaluations evaluate evaluating evening evenly even evened evens evenings ' +
  'eventful events eventfully event eventuality eventual eventualities eventuate eventually ever ' +
  'every everybody everyday everyone everything everywhere evident evidently evidence evidences ' +
  'evils evil evolution evolve evolves evolved evolving exact exacts exacted exacting exactly exams ' +
  'exam examines examiner examined examine examining examinations examiners examination examples ' +
  'example exceedingly exceed exceeding exceeded exceeds excellent excellences excellence excels ' +
  'excelled excellently excelling excel exceptions except exception excepting exceptionally ' +
  'exceptional excess excesses excessive excessively exchangeable exchanging exchangers exchanged ' +
  'exchanger exchanges exchange excitement excite excites exciter excited exciting excitedly ' +
  'excitability excitements exclude excluding excludes excluded exclusions exclusion exclusively ' +
  'exclusiveness exclusivity exclusive excused excuse excuses excusable executives executed ' +
  'executes executing execution execute executions executive exercised exercises exercisable ' +
  'exercising exercise exhaustion exhausted exhaustive exhaust exhaustively exhaustingly exhausts ' +
  'exhaustible exhausting exhibit exhibition exhibited exhibitions exhibiting exhibits exist ' +
  'existence existance existed exists existent existing exited exit exits exiting exotic expanding ' +
  'expanded expand expandable expands expansively expansion expansions expanse expansiveness ' +
  'expansive expectations expectantly expectable expect expecting expectant expectation ' +
  'expectancies expectancy expected expectedly expects expeditions expedited expedition expediting ' +
  'expedite expense expenses expensive experimenting experiments experiences experience experiment ' +
  'experimented experienced experiencing experimentations experimentation experimenters ' +
  'experimental experimentalism experimenter experimentally experts expert expertly expertise ' +
  'explained explaining explain explains explanation explanations explicitness explicit explicitly ' +
  'exploding explode exploded explodes exploit exploitation exploited exploiter exploiting exploits ' +
  'exploiters exploitative explore explorers explores explorer explored exploring exploration ' +
  'explorations explosions explosion explosive explosively explosives exporting export exporters ' +
  'exporter exported exports exposed exposes expose exposing exposure exposures expression ' +
  'expressive expressions express expressible expressed expresses expressiveness expressing extend ' +
  'extended extendible extends extendibles extending extension extensively extensions extensive ' +
  'extent externally extern external externalization extra extras extraordinary extremely extreme ' +
  'extremity extremities extremes eyeful eying eyeing eyes eyed eye eyebrow eyebrows fabric ' +
  'fabricating fabrications fabrication fabricated fabrics fabricates fabricator fabricators ' +
  'fabricate facing face faced faces facings facilitators facilitate facilitated facilitates ' +
  'facilitating facilites facility facile facilities facts fact factoring factored factors factor ' +
  'factory factories faculty faculties fade fading fades faded failing fails failings failed fail ' +
  'failures failure fainting faintly fainted faint fairness fairs fairing fair fairly faires faiths ' +
  'faithfully faith faithful fall falling falls false falsely falseness famed fames fame ' +
  'familiarness familiarity familiarize familiarly familiarization familiar families family ' +
  'familial famously famous fanned fanning fans fan fantastically fantastic fantasies fantasy far ' +
  'fares fared faring fare farmed farm farming farms farmer farmers fascinatingly fascination ' +
  'fascinate fascinates fascinated fascinating fashionable fashioned fashion fashioning fashions ' +
  'fast fastness faster fat fats fatalities fatality fatal fatally fate fates fateful father ' +
  'fathered fatherly fathers fatigue fatigues fatigued fault faulted faults faulting favors favore ' +
  'favoring favorer favorably favorable favored favorableness favor favorite favorites favoritism ' +
  'fears feare fear fearful feared fearing fearfully feather feathers feathered features featuring ' +
  'feature featured federalize federal federalism federalized federally federation fees fee feeds ' +
  'feedings feed feeding feedback feeling feels feel feelings fellows fellow females female ' +
  'feminist feminists fence fencing fenced fences festive festivity festivities festival festivals ' +
  'fevered fever fevers few fewer fibers fiber fictionalized fictions fiction fictional field ' +
  'fielded fielding fields fierceness fierce fiercely fifth fights fight fighting fighters fighter ' +
  'figure figuratively figurative figured figuring figural figures filed filing files file filings ' +
  'fillings fills fille filling filled filles fill filmed films filming film filters filter ' +
  'filtering filtered finale finals finalized final finally finality finalizing financings ' +
  'financeer finance financing financed financer finances financial financier financiers ' +
  'financially find finding findings finds fines fined fine fining fineness finely fingered fingers ' +
  'fingering fingerings finger finishes finish finishing finisher finished firings fire fires ' +
  'firing fired firms firmly firming firmed firm firmness firsts fiscally fiscal fished fishing ' +
  'fishes fish fisherman fists fisted fist fit fitness fits fitful fitting fitfully fittings fitted ' +
  'fix fixing fixes fixed flagging flags flag flagged flaming flame flames flamed flash flashing ' +
  'flashed flashes flatnesses flats flat flatness flatly flavor flavorful flavoring flavorings ' +
  'flavored flavors fleeing flee flees fleeting fleets fleet flesh flexibility flexible flight ' +
  'flights flipping flip flips flipped floated floats floating float flooded floods flood flooding ' +
  'floor floors flooring floured flour flowing flowed flow flows flowering flowered flower flowers ' +
  'fluid fluids flying fly flies flied focused focusing focus focuses fogged fog folded fold folds ' +
  'folding folk folks following follower followings followers follow follows followed food foods ' +
  'fools fooling fool fooled foot footing football footballs footballer for forbid forbidding ' +
  'forbids forcefully forcing forcefulness forceful forced forces force foreheads forehead ' +
  'foreigner foreign foreigners forest forests forever forgets forgetful forgetfulness forgetting ' +
  'forget forgiveness forgive forgiving forking forks fork forked forming formed form forms ' +
  'formalism formalities formally formalizes formalized formality formal formalize formative ' +
  'formation formations format formats formerly former formula formulas formulae formulaic forth ' +
  'fortune fortunately fortunes fortunate forum forums forwarding forward forwarders forwards ' +
  'forwarded fostered fosters foster fostering founding found founded founds foundation foundations ' +
  'foundering founders founder foundered fours fourth fraction fractionally fractionated ' +
  'fractioning fractionation fractions fractional fragile fragility fragmented fragmentation ' +
  'fragment fragments fragmentations frames frame framing framed framework franchises franchised ' +
  'franchise franchiser franchising franchisers frankly frank franked franks frankness franking ' +
  'frauds fraud freeing frees free freedoms freedom freely freezing freezes freeze frequencies ' +
  'frequency frequent frequented frequents frequently fresh freshness freshly freshman friendly ' +
  'friend friends friendships friendship from fronts fronted front fronting frontier frontiers ' +
  'frowns frowning frowningly frown frowned frozen fruits fruitful fruitfulness fruitfully fruit ' +
  'frustrating frustratingly frustrates frustrated frustrations frustrate frustration fuck fucks ' +
  'fueled fuel fuels fueling full fullness fully fun functioned functioning functionally functions ' +
  'functional functionalism function fund funds funded funding fundamentalism fundamentally ' +
  'fundamental fundamentals funeral funerals funny fur furs furniture furthermore future futures ' +
  'gain gained gaining gainful gains galaxies galaxy gallery galleries gaming game games gangs ' +
  'ganging gang gap gapped gaps garaged garages garage garbage gardeners gardening gardens gardened ' +
  'gardener garden garlic gas gasolines gasoline gate gates gathers gathered gathering gatherings ' +
  'gather gays gay gaze gazing gazes gazed gears geared gearing gear genders gender gene genes ' +
  'generalizations generalize generals generally generality generalized generalization generalities ' +
  'general generator generators generational generate generating generates generated generation ' +
  'generations generously generous genetic genetically genetics geniuses genius genre genres gently ' +
  'gentle gentleness gentlemanly gentleman genuine genuinely gestures gesture gestured gesturing ' +
  'gets get getting ghosts ghosted ghost ghostly giants giant gift gifts gifted girl girls ' +
  'girlfriend girlfriends give giving gives givenness given gladly gladness glad glancing glances ' +
  'glanced glance glasses glass glimpse glimpsed glimpses globally global globalizing globalism ' +
  'globalization globalized globes globe glories glory glorying gloved gloves glove go going goings ' +
  'goal goals goats goat golds gold golden golfs golfing golfed golf goodness goods good governed ' +
  'governing governs governance government govern governments governor governors grabbing grab ' +
  'grabs grabbed graced graces gracefully gracefulness graceful grace grades graded grade grading ' +
  'gradualism gradual gradually graduates graduating graduation graduate graduated graining grain ' +
  'grains grained grand grandly grandchild grandfathers grandfather grandmotherly grandmothers ' +
  'grandmother grandparents grant granting granted grants grape grapes grasping grasped grasp ' +
  'grasses grassed grass grated gratings gratefully grating gratingly grateful grate grates gravely ' +
  'grave graves gravity grayed graying grays gray greatly great greatness greats greate greatest ' +
  'greenness greenly greening green greens greetings greeting greeted greet greets grief grinned ' +
  'grinning grins grin grips grip gripping gripped groceries grocery gross grossing grosses grossed ' +
  'grounding grounds grounded ground groups grouped group grouping groupings growing grows grow ' +
  'growths growth guaranteed guarantees guarantee guaranteeing guarding guard guarded guards ' +
  'guardedly guessing guesses guessed guess guest guests guidance guided guides guide guiding ' +
  'guideline guidelines guilt guiltiness guilty guitar guitars gun guns gunning gunned guts gut ' +
  'gutted guy guys gyms gym ha habits habit habitants habitable habitat habitats hair hairs halfway ' +
  'halfways hall halls hallway hallways handful hand handing handed handfuls hande hands handled ' +
  'handles handling handle handsome handsomely handsomer hanging hangs hanged hang happen ' +
  'happenings happening happens happened happily happy happiness harassing harassed harassment ' +
  'harass hardly hardness hard hardware harmful harming harmed harms harm harmonies harmoniously ' +
  'harmonious harmony harshness harshly harsh harvests harvested harvesting harvest has hat hatted ' +
  'hats hateful hating hates hate hated hauling haul hauls hauled have having haves hazards hazard ' +
  'hazardous he head headed heads heade heading headings headache headaches headlines headlined ' +
  'headline headlining headquarters headquarter headquartered healing heal healed healthful health ' +
  'healthy hear hearings hearing hears heare heart hearts heated heat heatedly heating heats ' +
  'heavens heavenly heaven heavily heaviness heavy heavies heels heel heights height helicopters ' +
  'helicopter hells hell hello helmets helmet helmeted helpings helpful help helping helpfulness ' +
  'helps helpfully helped hence hers her herbs herb here heritage heritages hero heroes herself ' +
  'hesitating hesitantly hesitatingly hesitate hesitance hesitancy hesitation hesitates hesitated ' +
  'hesitant hey hidden hides hide hiding highs highness highly high highlighted highlights ' +
  'highlight highlighting highways highway hike hiking hiked hikes hill hills him himself himselfe ' +
  'hinting hint hinted hints hips hip hires hired hiring hire his historians historian historic ' +
  'historical historicity historically histories history hits hitting hit hockey hold holds ' +
  'holdings holding holes holed hole holidays holiday holy holies homes homing home homely ' +
  'homelands homeland homeless homelessness homework honest honestly honey honorably honored honor ' +
  'honoring honorable honors hook hooks hooking hooked hopefully hopefuls hoping hopes hopeful hope ' +
  'hoped horizon horizons hormonal hormone hormones horned horn horns horribly horrible horribles ' +
  'horror horrors horses horse hospitalization hospitalized hospital hospitals hospitable ' +
  'hospitality hospitalizations hosts hosting hoste hosted host hostage hostages hostilities ' +
  'hostile hostility hot hotly hotels hotel hour hourly hours houseful housing house housed houses ' +
  'housings household householder households householders how howe however hugs hugged hug hugging ' +
  'huggings huge hugely huh humanize humanness humanity humans humanism humaneness humanly humane ' +
  'human humanities humanizing humanely humors humorous humor hunger hungry hunt hunted hunts ' +
  'hunting hunters hunter hurricane hurricanes hurrying hurriedly hurried hurries hurry hurt hurts ' +
  'hurting husbands husband hypothesis i icing ice iced icon icons idea ideas idealized ideals ' +
  'ideal idealism idealization ideally idealisms identities identically identical identity ' +
  'identifications identification identifiers identify identifying identified identifies identifier ' +
  'identifiable ideologically ideological ideology ideologies if ifs ignorance ignore ignorant ' +
  'ignoring ignored ignores ills ill illness illnesses illegally illegalities illegality illegal ' +
  'illusive illusions illusiveness illusion illustrators illustrate illustrator illustrated ' +
  'illustrative illustrating illustration illustrations illustrates imaged images image imaging ' +
  'imagines imagined imagine imaginatively imagination imaginable imaginations imaginative ' +
  'imaginings imagining immediate immediately immigration immigrant immigrated immigrants ' +
  'immunities immunization immunity immune immunized impacted impacts impaction impact implement ' +
  'implementing implements implementation implementer implemented implications implicated implicate ' +
  'implication implying implies implied imply importation importantly imported importer import ' +
  'importing important importance imports importers imposes impose imposing imposed impossibly ' +
  'impossible impossibility impressed impresses impresser impressing impressions impress impressive ' +
  'impressively impression improve improves improving improved improvement improvements impulsively ' +
  'impulse impulsive impulses in incentives incentive incidents incidence incident include ' +
  'including includes included income incoming incomes incorporation incorporating incorporates ' +
  'incorporated incorporate increasingly increasing increase increased increases incredibly ' +
  'incredible indeed independence independent independents independently independant indexers ' +
  'indexing indexation index indexer indexes indexed indicative indicating indications indicators ' +
  'indicated indicates indicate indicator indices indication indigenous individual individualized ' +
  'individualism individuals individuation individually individuality individuate individualizing ' +
  'industriously industrialize industrialization industrialism industrious industry industries ' +
  'industrialized industrially industrials industrial inevitable inevitably inevitability ' +
  'inevitabilities infant infants infected infecting infect infection infections infectious ' +
  'inflates inflated inflate inflating inflations inflation influence influenced influences ' +
  'influencing influential informal informally informant informing inform informs information ' +
  'informality informed informer informants informational informative infrastructure ' +
  'infrastructural infrastructures ingredients ingredient inherent inheres inherently inherited ' +
  'inheriting inherits inheritance inheritable inherit initiated initiates initial initiator ' +
  'initiatives initialing initiative initially initiate initialed initiating initiation initials ' +
  'injure injuring injured injures injurious injury injuries inmate inmates inner innocent ' +
  'innocence innocents innocently innovate innovativeness innovative innovator innovation innovated ' +
  'innovations innovators input inputs inquiries inquiry insect insects insertions insert insertion ' +
  'inserts inserting inserted insiders inside insides insider insightful insights insight insistent ' +
  'insist insists insistence insisted insistently insisting inspecting inspection inspected ' +
  'inspections inspect inspector inspectors inspires inspirational inspirationally inspired ' +
  'inspiring inspire inspirations inspiration installing installed installer installations ' +
  'installment installation install installments instalments instancy instance instances instant ' +
  'instantly instead instinctively instincts instinct instinctive institutes institutionally ' +
  'instituting institute institution institutions institutional instituted instructions instructing ' +
  'instructional instruct instruction instructs instructed instructive instructor instructors ' +
  'instrumental instrumentals instrumented instruments instrumentally instrumentation instrument ' +
  'instrumentalities insures insurer insured insurance insure insuring insurability insurers ' +
  'intactible intact integrating integrity integrators integrate integration integral integrative ' +
  'integrates integrated integrals integrator intellectuals intellectually intellectual ' +
  'intellectuality intelligible intelligence intelligently intelligent intend intended intendant ' +
  'intends intending intendants intensely intensities intensity intensively intensive intense ' +
  'intention intentionally intentional intent intently intents intentioned intentions interactions ' +
  'interactive interacts interaction interacting interact interests interestingly interest ' +
  'interesting interested interferes interfere interference interior interiors internationalism ' +
  'internationals internment internationally intern internalized internally interned international ' +
  'interning internal interns interne interpreted interpreter interprets interpretation ' +
  'interpretable interpreters interpretive interpretations interpret interpretative interpreting ' +
  'interruptions interrupts interrupted interruption interrupt interrupting intervals interval ' +
  'intervention interventions interviewing interview interviewers interviewed interviewer ' +
  'interviews intimations intimate intimation intimated intimal intimately intimating into ' +
  'introduces introduced introduce introducing introductions introduction invading invade invaders ' +
  'invader invades invaded invasion invasions invasive inventively invents inventions inventiveness ' +
  'inventing invention invented invent inventive inventories inventory invested invests investment ' +
  'investing investments investable invest investigating investigator investigations ' +
  'investigational investigation investigated investigates investigative investigators investigate ' +
  'investor investors invisibly invisible invisibles invited invites invitations invite invitation ' +
  'invitational inviting involve involvements involving involved involves involvement ironic ' +
  'ironically irons ironed ironing ironical iron irony ironies is islander islands island islanders ' +
  'isolating isolation isolate isolated isolates issue issued issues issuing it its itemized item ' +
  'itemizing itemize itemization items itself jacket jackets jacketed jailed jails jail jailing ' +
  'jarred jar jars jarring jarringly jaw jaws jazz jeans jetting jet jets jewelry job jobs joining ' +
  'join joined joins jointly joint joints joke jokes joked jokingly joking journal journalism ' +
  'journals journalistic journalist journalists journalistically journeys journeying journey ' +
  'journeyed joy joyfully joys joyful judging judges judged judge judgmental judgments judgment ' +
  'judiciously judicial judicially judicious juice juices jump jumps jumping jumped jungle jungles ' +
  'juniors junior jurisdictional jurisdictions jurisdiction jurors juror juries jury justly ' +
  'justness juste just justices justice justify justifiable justifiably justifying justifies ' +
  'justified keep keeps keeping key keying keys keyed kicking kick kicked kicks kids kid kidding ' +
  'killed killing killings kills kill killer killers kind kinds kindnesses kindness kindly king ' +
  'kings kingdom kingdoms kisses kissed kissing kissings kiss kit kits kitchen kitchens knee knees ' +
  'kneels kneeled kneel kneeling knife knocked knock knocks knocking knowed knowing knowingly knows ' +
  'know knowledge knowledgeable known knowns labs lab label labeling labels labeled labelled ' +
  'laborer labored laborers laboring labors labor laboratory laboratories lacked lack lacks lacking ' +
  'ladder laddered ladies lady lakes lake lamps lamp landing lands landed land landes landings ' +
  'landmarks landmark landscape landscaped landscapes landscapers landscaping lane lanes languages ' +
  'language lapping lap lapped laps largely large laser lasers lasting lasts lastly last lasted ' +
  'lately late later lateral latest latter laugh laughingly laughs laughing laughed laughter ' +
  'launchings launches launched launch launching laundry laundries lawful laws law lawfully ' +
  'lawmaking lawmakers lawmaker lawn lawns lawsuit lawsuits lawyer lawyering lawyers laying lays ' +
  'lay layered layering layer layers leading leads lead leadings leaded leaders leader leadership ' +
  'leafed leafing leaf league leagues leagued leans leaning lean leaned leaped leaping leap leaps ' +
  'learn learns learning learned least leather leathers leathered leaves leavings leaving leave ' +
  'lecturers lecture lecturer lectures lectured lecturing left legs legged leggings leg legacy ' +
  'legacies legalized legalizing legalize legalization legal legality legally legends legend ' +
  'legislative legislated legislates legislator legislation legislate legislating legislatively ' +
  'legislators legislatures legislature legitimately legitimize legitimating legitimate legitimizes ' +
  'legitimized lemon lemons lending lends lend length lengths lens len less lessons lesson lets let ' +
  'letting letters lettering letter lettered leveled levels level levelled leveling liability ' +
  'liabilities liberalizing liberal liberalized liberalize liberated liberals liberalization ' +
  'liberalism liberate liberally liberation liberalizations liberality liberating libertie liberty ' +
  'liberties libraries library license licensed licenses licensing lid lids lying lie lied lies ' +
  'life lifes lifestyle lifestyles lifetime lifts lift lifted lifting lightly lighting light lights ' +
  'lightness lighted lightning liked like likee likes likely likeness liking likelihood likewise ' +
  'limb limbs limits limitations limit limitation limited limiting lines lining line lined links ' +
  'linked link linking lion lions lips lip liquidating liquidations liquidated liquidator liquid ' +
  'liquidators liquidate liquidities liquids liquidity liquidation listings lists liste listed list ' +
  'listing listens listening listen listeners listened listener literal literally liters literalism ' +
  'literate liter literalness literary literatures literature little lively live lives living lived ' +
  'liver livers loaded loading loads load loadings loaned loan loans lobbying lobbied lobby lobbies ' +
  'localized locale locals localize localisms localities locally localism locales local ' +
  'localization locality location locate locations located locates locating locked locks lock ' +
  'locking logging logged logs log logical logic logically lone lonely longs long longings longed ' +
  'longing longtime look looks looked looking loops loop looped loose looseness loosely loses ' +
  'losing lose losses loss lost lots lot loudly loud lovely lovelies lovingly love loving loved ' +
  'loves lovering lovers lover lows low lower lowered lowering lowers loyal loyalty loyalties luck ' +
  'lucked lucks lucky lunch lunched lunches lunges lunged lunging lung lunge lungs machines machine ' +
  'machining machinations madness madly mad magazine magazines magically magic magical magnetic ' +
  'magnetized magnetisms magnet magnets magnetically magnetism magnetics magnitudes magnitude ' +
  'mailings mail mails mailed mailing mains main mainly mainstream maintaining maintainence ' +
  'maintains maintain maintained maintenance majors majored majority major majoring majorities ' +
  'makes makings making make maker makers makeup male males maleness malls mall manning mans manly ' +
  'manned man manage managers managements manageability manageable management managing managment ' +
  'managed manager manages mandating mandates mandate mandated manipulator manipulate manipulated ' +
  'manipulative manipulations manipulation manipulators manipulates manipulating manners mannerism ' +
  'manner mannerisms mannered mansions mansion manuals manual manually manufacture manufacturing ' +
  'manufacturers manufactures manufactured manufacturer many maps map mapped mapping marble marbles ' +
  'march marches marched marching marginality marginalizing marginally marginal margined margining ' +
  'margin margins marinated marine marines mariner marinating markings mark marking marks markedly ' +
  'marked markers marker marketable marketed marketer markets marketization marketability ' +
  'marketings marketeers marketers marketing market marketplace marketplaces marriageables ' +
  'marriages marriage marrieds marry marrying marries married masks mask masked masking mass ' +
  'massing masse masses massed massively massive master mastering masterly masters mastered ' +
  'masterfully masterful matches matched matching match mate mates mated mating material ' +
  'materialism materialized materializes materials materially materialize math mathematical ' +
  'mathematics mathematically mattered matter matters maximums maximum maye may maybe mayor mayoral ' +
  'mayors me meal meals meanes means mean meanly meanness meaning meanings meaningfulness ' +
  'meaningfully meaningful meantime meanwhile measurable measurably measures measured measure ' +
  'measuring measurements measurement meats meat mechanism mechanics mechanical mechanization ' +
  'mechanisms mechanized mechanically mechanic medal medals media medically medication medics ' +
  'medications medical medicinal medicine medicines medium mediums meet meets meetings meeting ' +
  'melting melts melted melt member members membership memberships memorial memories memorialized ' +
  'memorials memory memorialization mentalities mentality mental mentally mentioned mention ' +
  'mentions mentioning mentors mentor menu merchants merchant merely mere merit merits merited ' +
  'messed messes messing mess message messaging messages metallic metal metalized metals ' +
  'metaphorical metaphors metaphor meters meter metered metering method methods methodically ' +
  'methodical metropolitanization metropolitan middling middle middles midnight midsts midst might ' +
  'migration migrated migrates migrate migrations migrating mildness mildly mild military milked ' +
  'milks milking milk milled mills mill milling minded mindful minds mind mines mined mine mining ' +
  'minerals mineralized miner miners mineral minimalism minimal minimized minimizes minimizing ' +
  'minimize minimally minimum minimums ministers ministered minister ministering ministries ' +
  'ministry minorities minority minor minors minute minutes minutely miracle miracles mirroring ' +
  'mirror mirrors mirrored missed missing miss misses missile missiles missions mission ' +
  'missionaries missionary mistaking mistake mistakes mixing mixes mixed mix mixture mixtures ' +
  'mobility mobilized mobilize mobilization mobilizing mobile mode modes modeling models modeled ' +
  'model moderates moderated moderating moderate moderately moderation moderator moderns modernized ' +
  'modernization modernize modernizing modernism modern modernity modest modestly modify modifiers ' +
  'modifying modified modifies modifier molecule molecules mom moments moment momentous momentum ' +
  'moneys moneyed money monitors monitored monitor monitoring monkey monkeys monster monsters ' +
  'monthly month months monumentalism monumental monumentally monuments monument monumentality mood ' +
  'moods moons moon morally moralities morality moralizing morals morale moralism moralizers moral ' +
  'more mores moreover mornings morning mortality mortal mortally mortals mortgage mortgages ' +
  'mortgaged mostly most mothers mothered motherly mother motional motioning motioned motions ' +
  'motion motives motivate motive motivated motivation motivating motivations motivates motoring ' +
  'motorized motored motors motor mounted mount mountings mounting mounts mountaineering mountains ' +
  'mountaineers mountainously mountain mountainous mouse mouth mouthed mouthful mouths mouthing ' +
  'move moved moves movingly moving movements movement movies movie much mud multipled multiplicity ' +
  'multiples multiplication multiple municipal municipally municipals municipality municipalities ' +
  'murders murderer murdered murderers murdering murderous murder muscle muscling muscles muscled ' +
  'museums museum mushrooming mushrooms mushroomed mushroom musicality musicals musically music ' +
  'musical musicians musician musts must mutterings mutterers muttered muttering mutter mutters ' +
  'mutuality mutual mutually my myself mystery mysteries mysteriously mysterious myth myths nail ' +
  'nailed nailing nails nakedly naked name namely naming named names narrated narrative narration ' +
  'narrator narratives narrows narrower narrowed narrowing narrow narrowness nasty national nations ' +
  'nationally nationalized nationality nationalization nation nationals nationalizing nationalism ' +
  'nationalisms nationalize nationalities nationwide native natives nature naturalism naturalness ' +
  'natures naturally natured natural naturalized naval near nearly nearness nears nearing neared ' +
  'nearby neat neatly neatness necessarily necessaries necessary necessity necessities necking neck ' +
  'necks needed needing need needs needled needles needle negated negative negatively negatives ' +
  'negate negation negotiation negotiators negotiations negotiating negotiable negotiate negotiator ' +
  'negotiates negotiated neighborly neighboring neighbors neighbor neighborhoods neighborhood ' +
  'neither nerves nerve nervousness nervous nervously nested nests nesting nest net netting netted ' +
  'nets networking networks network neutralism neutrality neutral neutralized neutralizes ' +
  'neutralization neutralize never nevertheless new newly news newspaper newspapers next nicely ' +
  'nice night nightly nights nighted nightmares nightmare no nobody nods nodded nod nodding noise ' +
  'noises nominations nominal nominating nominally nominated nominate nomination nominee nominees ' +
  'none nonetheless nonprofit noon nor norm norms normalizing normalize normals normalized normally ' +
  'normalization normal north northeast northerner northerners northern northwest nose noses nosed ' +
  'nosing not noting note notes noted notebook notebooks nothing nothings noticing notice noticed ' +
  'notices noticeable noticeably notion notions novelized novels novel now nowhere nuclear ' +
  'numbering numbers number numbered numeral numerator numerically numerous numerical numerals ' +
  'nurses nursed nursing nurse nuts nut nutrient nutrients oaks oak objective objected objectively ' +
  'objectiveness object objectives objecting objectivity objects objections objection obligates ' +
  'obligated obligations oblige obliged obliges obliging obligational obligating obligation ' +
  'obligingly observers observable observations observant observes observed observer observances ' +
  'observation observational observe observance observing obstacle obstacles obtainable obtained ' +
  'obtain obtaining obtaine obviousness obviously obvious occasion occasioned occasions ' +
  'occasionally occasional occupation occupational occupants occupations occupancies occupancy ' +
  'occupant occupy occupying occupies occupied occurs occurring occuring occur occured occurred ' +
  'ocean oceans odds odd oddly of offing off offended offenders offending offender offends offend ' +
  'offensively offenses offensives offense offensive offer offering offered offerings offers ' +
  'officers offices office officered officals officer offical officiate official officiating ' +
  'officials officiated officious officially oftener often oh oil oiled oils oks okay olds old on ' +
  'once ones oneness ongoing onion onions online only onto openings opens opened opener openness ' +
  'open openers opening openly opera operas operationally operative operations operators ' +
  'operational operation operates operated operate operator operating operable operatives ' +
  'opinionated opinion opinions opponents opponent opportunism opportuning opportunities opportune ' +
  'opportunity opposes opposed oppose opposing opposite opposition opts opted opting opt optimistic ' +
  'optimistically optimists optimist optional option options optioned or orally oral orange oranges ' +
  'orbital orbiting orbited orbits orbit orderings ordered ordering order orderly ordere orders ' +
  'ordinary organs organically organic organizers organ organizes organizations organisms organized ' +
  'organizer organize organization organics organizing organism organizational organizationally ' +
  'orientations oriental orienting oriented orientation origins originate originations originality ' +
  'originally originators origination original origin originating originator originates originals ' +
  'originated other others otherwise ought our ours ourselves outs out outlying outcomes outcome ' +
  'outdoor outdoors outer outfit outfits outfitted outfitting outlets outlet outlined outlines ' +
  'outlining outline output outputs outputting outsiders outsider outside outstandingly outstanding ' +
  'ovens oven overeating over overly overlying overalls overall overcoming overcomes overcome ' +
  'overlooked overlooking overlooks overlook overnight overnighters oversee oversees overseeing ' +
  'overwhelmed overwhelm overwhelming overwhelmingly owed owes owe owing owned owne owns own owning ' +
  'owner owners ownerships ownership oxygen oxygens pace pacing paces paced packing packed pack ' +
  'packs packaging packages package packaged padded padding pads pad paging page pages painful ' +
  'pains pain painfully pained paints painting painted paint paintings painter painters paired ' +
  'pairing pairings pairs pair palace palaces paleness palely paled pales pale paling palms palmed ' +
  'palm pans panned pan panning paneled panels panel paneling panelization panelized panics panic ' +
  'paper papering papers parading paraded parades parade parents parental parenting parent parish ' +
  'parishes parked parks parking park part parted parting parte parts partly partings partial ' +
  'partially participant participative participants participate participation participating ' +
  'participations participates participated particle particles particulars particularity ' +
  'particularly particular partnered partner partners partnership partnerships parties partying ' +
  'party passing passe passes passed pass passages passage passenger passengers passion passionate ' +
  'passionately passions pasted pastes paste past pastness pasting pasta pastors pastoral pastor ' +
  'patting pats patted pat patch patches patched patently patents patent patented patenting path ' +
  'paths patience patiently patients patient patrolled patrolling patrols patrol patronizing ' +
  'patronize patronized patron patrons pattern patterns patterned paused pauses pause pausing ' +
  'paying pays pay payments payment peaceful peacefully peace peaks peaking peaked peak peanut ' +
  'peanuts peasant peasants peels peeling peeled peel peers peer peered peering pen penned pens ' +
  'penning penalty penalties penciled pencils pencil pensions pension pensioner pensioners people ' +
  'peopled peoples peppers peppered pepper peppering per perceived perceives perceiving perceive ' +
  'percentages percentage perceptiveness perceptive perceptions perceptible perception perfecting ' +
  'perfectibility perfected perfect perfection perfectability perfectly performing performance ' +
  'performers performer performed performs perform performances perhaps periodical periodic ' +
  'periodicals period periodicity periods periodically permanence permanant permanent permanently ' +
  'permission permissibility permissible permissive permit permits permitted permitting ' +
  'persistently persists persisting persistent persisted persist persistency persistence personal ' +
  'personalized persons personality person personally personalize personalities personnel ' +
  'perspective perspectives persuade persuading persuades persuaders persuaded pet petted pets ' +
  'petting phasing phase phased phases phenomenon philosophically philosophizing philosophers ' +
  'philosophic philosopher philosophized philosophical philosophies philosophy phones phoned phone ' +
  'phoning photos photo photographing photographer photographed photographs photographic photograph ' +
  'photographers photographically photography phrases phrasing phrase phrasings phrased physics ' +
  'physically physicalness physicals physical physicians physician pianos piano picking pick picked ' +
  'pickings picks pickups pickup picturing pictures pictured picture pies pie pieces pieced piece ' +
  'pigs pig pilings piles piled pile piling pills pill pillow pillows piloting pilote pilots pilot ' +
  'pins pinned pin pinning pinnings pines pine pink pinks pinkly pioneers pioneer pioneered ' +
  'pioneering pipe pipes piped piping pistoleers pistol pistols pits pit pitting pitted pitches ' +
  'pitched pitch pitching pitcher pitchers pizzas pizza placing place places placed placement ' +
  'placements plains plainly plain plaintiffs plaintiff planned plans planning plan planes planed ' +
  'plane planet planets planner planners planted plants plantings plant planting plastics plastic ' +
  'plasticity plastically plate plateful plated plates platforms platform played playfulness play ' +
  'playful playfully plays playing player players playoff playoffs plea pleas pleadings plead ' +
  'pleads pleadingly pleading pleaded pleasantness pleasantly pleasant pleasing pleases pleased ' +
  'pleasingly please pleasures pleasure pleasurable plentiful plenty plotted plots plot plotting ' +
  'plunge plunged plunges plunging plus pocketful pocketing pockets pocket pocketed poems poem poet ' +
  'poets poetry pointing pointedly point pointe points pointed poke poked poking pokes pole poling ' +
  'poles police policed polices policing policeman policy policies politics politic politically ' +
  'politeness polite politely political politician politicians pollings poll polls polled polling ' +
  'pollutant pollute polluted polluter polluting polluters pollutants pollution ponds pond pools ' +
  'pool pooled pooling poor poorly pop popping popped pops popularly popularizing popularity ' +
  'popularized popular popularize populations populating populated populous populate population ' +
  'populism porches porch pork port portly ports portfolios portfolio portions portion portrait ' +
  'portraits portraying portrays portray portrayed portrayal portrayals posed poses pose posing ' +
  'positively positional positioning positioned positions positive position possessive possess ' +
  'possessed possesses possessing possession possessions possibility possiblities possiblity ' +
  'possible possibilities possibly postings posts posted posting post posterity posters poster pots ' +
  'pot potted potting potatoes potato potentials potentially potentialities potential potentiality ' +
  'pound pounds pounding pounded pours poured pouring pour poverty powder powdered powders ' +
  'powerfully power powered powers powering powerful powerfulness practiced practices ' +
  'practicability practical practicality practically practicable practicing practice practitioner ' +
  'practitioners praising praises praised praise praying prays pray prayed prayers prayerful ' +
  'prayerfully prayer preach preaching preached preaches precious precision precisely precise ' +
  'predators predator predates predicting predicted predictions predictability predict predictive ' +
  'predictably predictable prediction predicts preference preferably preferable preferences prefers ' +
  'prefer preferring preferred preferment pregnancies pregnancy pregnant preliminaries preliminary ' +
  'premise premises premium premiums preparatives preparer prepare preparers preparations ' +
  'preparation preparative prepared prepares preparing prescriptions prescription prescriptive ' +
  'presence presences presently presentable presentation presentness presente presents ' +
  'presentational presenting presenters presented presenter presentations present presentments ' +
  'preservation preservative preserved preserving preserves preserve president presiding presidency ' +
  'preside presided presides presidents presidential presses pressed press pressing pressured ' +
  'pressures pressuring pressurized pressure presuming presumably presumes presumed presume pretend ' +
  'pretending pretended pretends pretty prettiness prevailed prevail prevailing prevails prevaile ' +
  'preventable prevention preventative preventatives prevents preventive prevent prevented ' +
  'preventing previous previously prices price pricings pricing priced prides prided pride priest ' +
  'priestly priests primarily primary primaries priming primed primes prime principals principal ' +
  'principally principled principle principles prints print printed printing prior priorities ' +
  'priority prisoner prison prisoners prisons privacy privation privatize privatized private ' +
  'privatizations privations privately privatizing privatization privilege privileges privileged ' +
  'privileging prized prizes prize pro probabilities probability probable probably problem problems ' +
  'procedurally procedural procedure procedures proceedings proceeded proceeding proceed proceeds ' +
  'processing process processes processed procession processors processor proclaims proclaim ' +
  'proclaiming proclaimed producers producer produces produced produce producing production ' +
  'products product productions productive productivity profession professions profess professedly ' +
  'professes professed professing professionally professionals professional professionalism ' +
  'professors professor profile profiles profiled profiling profitably profited profitable ' +
  'profiteering profits profitting profit profiting profitability profiteers profound profoundly ' +
  'profoundity programmed program programming programs programed programing progression progressing ' +
  'progressed progresses progressives progressivity progress progressively progressive progressions ' +
  'prohibitive prohibition prohibitions prohibitively prohibited prohibit prohibiting prohibits ' +
  'projection projecting project projects projective projected projections prominence prominant ' +
  'prominently prominent promising promise promises promised promotional promoters promotions ' +
  'promotion promotes promoting promote promoter promoted promptings promptly prompt prompts ' +
  'prompted prompting proof properly proper property properties proportioned proportion ' +
  'proportionality proportionally proportions proportional proposals proposing proposal proposed ' +
  'proposes propose prosecution prosecuting prosecuted prosecute prosecutions prosecutors ' +
  'prosecutor prospect prospects prospectively prospective protective protecting protect ' +
  'protections protected protects protection protectively protein proteins protesting protest ' +
  'protestations protested protests protester protesters protocols protocol proud proudly prove ' +
  'proving proved proves provide provided providing providers provides provider providence province ' +
  'provinces provisions provisioned provision provisioning provoking provokes provoked provoke ' +
  'psychologically psychology psychological psychologists psychologist publicize publicity ' +
  'publication publically publications publicly public publicized publicizing publishers publishing ' +
  'publishes published publisher publish publishable pulling pulls pull pulled pulsed pulses pulse ' +
  'pulsing pumps pumping pump pumped punched punches punch punching punishable punishing punishes ' +
  'punished punishments punishment punish purchasers purchase purchaser purchases purchased ' +
  'purchasing pure purely purpling purple purpose purposes purposively purposeful purposive ' +
  'purposed purposefully purposely purses pursed purse pursuing pursues pursued pursue pursuits ' +
  'pursuit pushing pushes pushed push puts putted put putting puzzling puzzled puzzles puzzle ' +
  'qualify qualifying qualifies qualified qualities quality quantities quantity quarter quarters ' +
  'quarterly quarterback quarterbacks queens queen quests quest questioned questioner questionable ' +
  'questionably questioning question questions questioningly questioners questionnaires ' +
  'questionnaire quickness quick quickly quieting quiet quieted quietness quietly quitting quit ' +
  'quite quits quoting quote quoted quotes rabbit rabbits raced races race racing racially racial ' +
  'racism racked rack racking racks radar radars radiators radiator radiates radiated radiation ' +
  'radiate radiating radiations radicals radicalized radically radical radicalism radioing radios ' +
  'radio radioed rage raged rages raging railed rails railing railings rail railroads railroading ' +
  'railroader railroad rained rain raining rains raises raise raised raising rally rallying rallied ' +
  'rallies ranch ranches randomness randomly randomization random rang ranged ranges range ranging ' +
  'rankings ranked rank ranking ranks raped rapes rape raping rapidement rapidly rapid rapidity ' +
  'rare raring rarely rats rat rate rating ratings rated rates rather ratios ratio rationed ' +
  'rationally rationalism ration rationalizations rational rations rationalize rationalized ' +
  'rationalizing rationing rationalization rationality raw re reaches reached reaching reach ' +
  'reacting reacted reacts react reactions reaction readings read reading reads readers reader ' +
  'readily readiness readying ready readied real realness realists realistically realist realistic ' +
  'reality realities realizing realization realized realizes realize really realms realm rear ' +
  'reared rearing rears reasonably reasonable reason reasoned reasoning reasons rebelled rebels ' +
  'rebelling rebel rebuild rebuilder rebuilds rebuilding recall recalls recalled recalling ' +
  'receivers receive received receives receiver receivables receiving receivable recent recently ' +
  'receptions reception receptive receptivity recess recession recessions recessed recipes recipe ' +
  'recipients recipient recognition recognitions recognizing recognize recognized recognizes ' +
  'recommendation recommends recommended recommending recommend recommendations records recorded ' +
  'recorder recordings recording recorders record recovered recover recovers recovering recovery ' +
  'recoveries recruits recruiting recruit recruitment recruiter recruited red reds reducing reduce ' +
  'reduces reducer reduced reductions reduction reference references referent referring refers ' +
  'refer referred reflectance reflected reflection reflecting reflections reflects reflective ' +
  'reflect reformation reformer reformed reforming reformers reform reformism reforms refrigerators ' +
  'refrigeration refrigerator refrigerated refrigerant refuge refugee refugees refused refuses ' +
  'refuse refusers refusal refusing regaining regained regains regain regard regarded regarding ' +
  'regards regardless regime regimes regions regionalism regionally region regional regionals ' +
  'registering registered register registers regretted regret regrets regular regulars regularly ' +
  'regularity regulating regulations regulation regulator regulates regulated regulative regulate ' +
  'regulators regulatory rehabilitate rehabilitations rehabilitation rehabilitated rehabilitating ' +
  'reinforcement reinforcing reinforcements reinforce reinforces reinforced reject rejected rejects ' +
  'rejection rejections rejecting relations relatives relatively related relates relate relating ' +
  'relative relation relativity relational relationship relationships relax relaxed relaxes relaxer ' +
  'relaxing relaxation releasing release releases released relevancy relevance relevant reliability ' +
  'reliable reliably reliables relief reliefs relieving relieve relieved reliever relieves ' +
  'religions religion religious religiousness religiously reluctant reluctance reluctantly relies ' +
  'relied rely relying remain remains remaining remained remarked remarking remarks remark ' +
  'remarkable remarkably remember remembered remembers remembering reminder reminders remind ' +
  'reminded reminds reminding remoter remote remotely remoteness removable removing removal removes ' +
  'removed remove rendering render rendered renders renderings rented rent rents renting rentals ' +
  'rental repair repaired repairing repairs repeated repeating repeats repeatedly repeat repeater ' +
  'repeaters replaces replacements replaced replacement replace replacing replying reply replied ' +
  'replies report reporter reported reportedly reporters reporting reports represents represent ' +
  'representative represented representatives representing representational representations ' +
  'representation representives republic republics republican reputations repute reputable reputed ' +
  'reputedly reputation requesting requests requested requesters request required requires ' +
  'requirements requiring requirement require rescue rescuing rescued rescues research researchable ' +
  'researches researcher researched researchers researching resemble resembled resemblances ' +
  'resembling resemblance resembles reserves reserve reserving reservations reservation reserved ' +
  'residence residency residences resides resided reside residents resident residing residentially ' +
  'residential resignation resignations resigned resign resigning resignedly resigns resistant ' +
  'resisted resisting resists resistive resist resistances resistance resolutions resolute ' +
  'resolution resolutely resolving resolved resolves resolve resorting resorts resorted resort ' +
  'resource resourceful resources resourcefulness resourcefully respecting respect respectability ' +
  'respectively respects respective respectful respected respectable respectfully responds ' +
  'responding respondents respond responded respondent responsible responsive response responses ' +
  'responsibilities responsiveness responsibly responsively responsibility rests rested rest ' +
  'resting restful restaurants restaurant restorer restored restoring restoration restore restorers ' +
  'restorability restorative restores restriction restrictive restricted restrictions restricts ' +
  'restrict restricting results resulting resultant result resultants resulted resumed resumes ' +
  'resuming resume retailer retailed retailers retailing retail retails retaining retained retainer ' +
  'retains retain retainers retires retirements retiring retire retirement retired retreating ' +
  'retreat retreats retreated returned returns returning return revealed reveal reveals revealing ' +
  'revelling revelers revels revellers revel revelation reveled revelations revellings reveling ' +
  'revenues revenuers revenue reversibility reversals reversible reverse reversing reversed ' +
  'reverses reversal reviewed reviewer reviews reviewers review reviewing revolutions revolution ' +
  'revolutionary revolutionaries rewarded reward rewards rewarding rhetorical rhetoric rhythm ' +
  'rhythms ribs ribbed ribbing rib ribbons ribbon rice rich richness riches riche richly ridden ' +
  'ridding rid riding ridings ride rides riders rider ridge ridges ridiculing ridicules ridiculous ' +
  'ridicule ridiculed ridiculously rifles rifled rifling rifle righted rightfully rights rightful ' +
  'rightness rightly right rims rimmed rim rings ring ringed ringing ringings riots rioting rioted ' +
  'riot ripping ripped rip rising rises rise risking risks risk risked riskiness risky ritual ' +
  'ritualized rituals rivaled rivals rivaling rival rivalled rivers river roads road robotic ' +
  'robotics robot robotism robots rocks rock rocking rocked rocketed rocketing rockets rocket rod ' +
  'rods rodding role roles roll rolls rolling rolled romances romancing romancers romance romantic ' +
  'romantics romantically roof roofs roofing roofed room roomed rooming rooms roomful root rooted ' +
  'roots rooting ropes roped rope rose roses roughed roughness rough roughly roundness rounded ' +
  'round roundly rounding rounds rout routed routes routings route routing routines routinely ' +
  'routine row rowed rows rowing royal rub rubbing rubs rubbed rubber rubberized ruin ruining ruins ' +
  'ruined rules rule rulings ruled ruling rumored rumors rumor runs run running runners runner ' +
  'rural rushed rushes rush rushing sackes sackings sacked sack sacks sacking sacred sacrifices ' +
  'sacrifice sadness sad sadly safe safely safety safeties sailing sails sailed sail sake salads ' +
  'salad salaries salaried salary sales sale salmon salt salts salted salting same sameness ' +
  'sampling sample sampled samples samplings sands sand sanding sandwich sandwiched sandwiches ' +
  'satellites satellite satisfactions satisfaction satisfying satisfy satisfied satisfies sauce ' +
  'sauces savings saves saved saving save saying say sayed says sayings scaling scales scaled scale ' +
  'scanned scans scanning scan scandalized scandalizes scandalizing scandal scandals scandalous ' +
  'scare scaring scared scares scary scatter scatters scattering scattered scenario scenarios ' +
  'scenes scene scents scented scent scheduled schedules schedule scheduling schemes scheme ' +
  'scheming scholarly scholars scholar scholarships scholarship schools schooled schooling school ' +
  'sciences science scientifically scientific scientist scientists scopes scoped scope scored ' +
  'scores scoring score scramble scrambling scrambles scrambled scratched scratches scratching ' +
  'scratch screaming scream screams screamed screened screens screen screenings screening screws ' +
  'screwed screw scripts script sculptural sculptures sculptured sculpture sea seas sealed seal ' +
  'sealing seals search searchingly searching searches searched searchings seasonality seasonally ' +
  'seasonings season seasoned seasonal seasoning seasons seat seating seats seated secondly seconds ' +
  'secondary secreted secretive secrets secretively secretly secret secretions secretion ' +
  'secretaries secretary secretarial sectional section sections sectionalized sectors sector ' +
  'secular secularism secularized secure securities secured security securing securely see seeing ' +
  'sees seeds seed seeded seekingly seeking seek seeks seeming seemed seem seems seemingly ' +
  'segmented segmentation segmenting segment segmental segments seize seized seizes seizing seldom ' +
  'selective selectiveness selectivity selectively selecting selects selections select selected ' +
  'selection self sell selling sells selle sellers seller seminar seminars senate senator senators ' +
  'send sends sending seniority senior seniors sensational sensations sensation sensationalism ' +
  'senses sensing sense sensed sensitively sensitive sensitivity sensitivities sensitives sensitize ' +
  'sensitized sensors sensor sentencing sentence sentencings sentenced sentences sentiments ' +
  'sentimentality sentimental sentiment sentimentalize separately separateness separated separating ' +
  'separate separates separable separation separators separations sequenced sequences sequence ' +
  'series seriously seriousness serious servants servant serving serve serves served servings ' +
  'serviced services servicing servicers serviceable service sessions session settings setting set ' +
  'sets settling settle settles settled settlements settlement seventh severally severity severing ' +
  'several severance severed severely severable severe severly sever sex sexes sexual sexually ' +
  'sexualized sexuality sexy shadings shade shades shaded shading shadowing shadow shadowed shadows ' +
  'shakes shaking shake shall sha shallow shallower shallowness shameful shames shamed shame ' +
  'shaping shapely shape shaped shapes shares shared sharing share shareholdings shareholding ' +
  'shareholders shareholder sharks shark sharpness sharp sharply she sheds shed shedding sheep ' +
  'sheepe sheer sheered sheet sheeted sheets sheeting shelf shelling shelled shells shell shelters ' +
  'shelter sheltered sheltering shifting shifted shifts shift shine shiningly shining shines ' +
  'shipped shipping ship ships shirt shirts shit shocking shocked shock shocks shockingly shoe ' +
  'shoes shoots shoot shootings shooting shopped shop shopping shops shores shored shore shoring ' +
  'shortly shorted shorting short shortness shorts shortage shortages shot shots should shoulders ' +
  'shouldered shouldering shoulder shouting shouted shout shouts shove shoved shoves shoving showed ' +
  'showings showing shows show showered shower showers showering shrimping shrimp shrinks shrinking ' +
  'shrink shrug shrugging shrugged shrugs shuts shut shutting shuttle shuttled shuttles shuttling ' +
  'shy shied shies shying sibling siblings sickness sickly sick sided sides sidings siding side ' +
  'sidewalks sidewalk sigh sighing sighed sighs sight sighting sighted sightings sights signs ' +
  'signing sign signed signaling signals signalling signalizes signaled signal signalled signatures ' +
  'signature significance significantly significant silence silencing silenced silences silent ' +
  'silently silk silke silliness silly silver similarities similar similarly similarity simples ' +
  'simple simply simultaneous simultaneously sinfulness sinning sinful sin sinned sins since ' +
  'singing sings singed sing singer singers singles singled singleness singling singly single ' +
  'sinking sinks sink sir sisters sister sit sitting sits sittings sites site siting situations ' +
  'situation situated sixth sizes sized size sizing skis skiing ski skillfulness skillfully skilled ' +
  'skillful skill skills skin skins skinning skips skip skipping skipped skirt skirted skirting ' +
  'skirts skull skulls skies sky slammed slams slam slamming slapped slapping slap slaps slaves ' +
  'slave slavery sleeping sleeps sleep sleeves sleeve sliced slices slicing slice slide sliding ' +
  'slides slighted slights slighting slightly slight slipping slip slips slipped sloping slopes ' +
  'slope slots slot slotted slow slows slowness slowing slowed slowly smallness small smarting ' +
  'smartly smarts smart smarted smelling smell smelled smells smiles smiled smilingly smile smiling ' +
  'smoke smokes smoked smoking smoothly smoothing smoothed smooth smoothness snake snaking snakes ' +
  'snaked snaps snapped snapping snap sneak sneaks sneaking sneaked snowed snow snowing snows so ' +
  'soak soaking soaked soap soaps soaring soared soar soars soccer sociality socialized socializes ' +
  'social socialize socially socializing socialization socialism societies society socking socks ' +
  'socked sock sodium sofas sofa softness softly soft softened soften softener softens softening ' +
  'software soils soiled soil solar soldier soldiering soldiers soldierly soles solely sole solidly ' +
  'solid solidity solids solutions solution solves solved solve solving some somebody someday ' +
  'somehow someone something sometime sometimes somewhat somewhere somewheres son sons songs ' +
  'songful song soon sophists sophisticated sophisticates sophistication sophisticate sorry sorted ' +
  'sorts sort sorting soulful soul souled soulfully souls sounded sounds soundings sound soundly ' +
  'soundness sounding soup soups source sourcing sources south southeast southernisms southern ' +
  'southwest sovereignty spaces space spacing spaced spacings spares spared sparing spare sparingly ' +
  'spark sparks sparked sparking speaking speaks speak speakers speaker special specialization ' +
  'specialize specializing specials specializes specialized specially speciality specialist ' +
  'specialists specialty specialties specie species specification specifics specificity ' +
  'specifications specific specifically specifies specified specifying specify spectacularly ' +
  'spectacular spectrum speculate speculatively speculative speculation speculators speculator ' +
  'speculates speculated speculations speculating speeches speech speeds speeding speed speeded ' +
  'spells spell spelling spelled spending spend spends spheres sphere spills spilled spilling spill ' +
  'spin spins spinning spine spirit spirits spirited spirituals spirituality spiritual spiritually ' +
  'spit spitting spits spite splitting split splits spokesman sponsoring sponsored sponsor sponsors ' +
  'spoonfuls spooned spoon spoonful spoons sporting sport sports sported spotting spotted spot ' +
  'spots spouses spouse spraying sprays sprayed spray spreads spreading spread spring springs ' +
  'springing sprinkle sprinkling sprinkles sprinkled spying spies spied spy squad squads squarely ' +
  'squaring squared squares square squeezes squeeze squeezing squeezed stabilizers stability ' +
  'stabilities stabilizing stabilize stabilized stabilizes stabilizer stabilization stables stabled ' +
  'stable stack stacked stacking stacks stadium stadiums staffs staff staging staged stages stage ' +
  'stair stairs staked stakes stake stance stances stand stands standing standardized standardize ' +
  'standards standardizing standard starring stars star starred staring stared stares stare ' +
  'starting started starts start starter starters stated stating state stately states statements ' +
  'statement stationing station stations stationed statist statistical statistically statistics ' +
  'statistic statues statue statu statuses status statutes statute stayed stays stay staying ' +
  'steadily steadiness steadying steady steadied steaks steak steals steal stealing steams steam ' +
  'steamed steaming steel steeled steels steep steeped steepness steer steering steers steered stem ' +
  'stems stemmed stemming step stepping steps stepped stereotypical stereotype stereotypically ' +
  'stereotyped stereotypes sticks sticking stick stiffness stiffs stiff stillness still stills ' +
  'stimulates stimulated stimulations stimulative stimulant stimulator stimulation stimulators ' +
  'stimulate stimulating stimulants stimulus stir stirred stirrings stirringly stirs stirring ' +
  'stocked stocks stocking stockings stock stomach stomachs stoned stones stone stop stopped stops ' +
  'stopping storage stores store storing stored stormed storms storming storm story storied stories ' +
  'stoves stove straight straights straighten straightened straighteners straightening straightens ' +
  'strains straining strained strain strange strangeness strangely strangers stranger strategically ' +
  'strategic strategy strategies straws straw streaking streaked streak streaks streaming stream ' +
  'streamed streams streets street strength strengths strengthening strengthened strengthen ' +
  'strengthens stresses stressed stressing stress stressful stretch stretches stretched stretching ' +
  'strictly strict strikes strikingly striking strike string stringing strings stringed stripped ' +
  'stripping strips strip stroke strokes stroked stroking strongly strong structural structurally ' +
  'structured structures structuring structure struggling struggles struggled struggle students ' +
  'student studios studio studied studies study studying stuff stumble stumbled stumbles stumbling ' +
  'stupidity stupid stupidities stupidly style styling styles styled subjects subjectively ' +
  'subjectivity subjecting subjective subjected subject submit submitted submits submitting ' +
  'subsequently subsequent subsidies subsidy substance substances substantiates substantiated ' +
  'substantially substantiation substantial substantiate subtle suburbs suburb suburbanized ' +
  'suburban succeed succeeded succeeds succeeding successful successes successive succession ' +
  'successfully successively success such sucking suck sucks sucked sudden suddenness suddenly sue ' +
  'sues suffering sufferer suffered sufferings suffer suffers sufferers sufficient sufficiently ' +
  'sufficiency sugared sugars sugar suggests suggesting suggestion suggest suggestibility suggested ' +
  'suggestive suggestions suicides suicide suicidal suit suites suited suite suits suitability ' +
  'suitably suitable sums summing sum summed summaries summary summers summer summit summiteers ' +
  'summits sun sunning suns sunlight sunny super superiority superiors superior supermarket ' +
  'supermarkets supervisors supervisor suppliers supplier supply supplying supplied supplies ' +
  'supporters supporting support supports supported supporter supportive supportable supposing ' +
  'suppose supposes supposed supposedly sure surely surface surfaced surfaces surfaceness surfacing ' +
  'surgeon surgeons surgeries surgery surprises surprised surprising surprisingly surprise ' +
  'surrounded surrounding surround surroundings surrounds surveillance surveys surveyed surveying ' +
  'survey survivability survivable survival survive survives survived surviving survivals survivors ' +
  'survivor suspect suspecting suspects suspected suspend suspending suspender suspends suspended ' +
  'suspenders suspicions suspicion suspicious suspiciously sustains sustain sustained sustaining ' +
  'sustainable sustainability swallow swallowed swallowing swallows swearing swears swear sweats ' +
  'sweated sweating sweat sweater sweaters sweeps sweepings sweep sweeping sweepingly sweetness ' +
  'sweets sweetly sweet swelling swells swellings swell swelled swimming swim swims swing swinging ' +
  'swings switching switched switches switch sword swords sworde symbolism symbolizing symbols ' +
  'symbolized symbolical symbolize symbolizes symbolically symbolic symbol sympathies sympathy ' +
  'symptom symptoms syndrome systemic systems system systemization tabling table tables tabled ' +
  'tablespoonful tablespoons tablespoon tablespoonfuls tackling tackle tackles tackled tactic ' +
  'tactics tactically tactical tagged tagging tags tag tails tailing tail take takeing takings ' +
  'takes taking tale tales talents talent talented talked talking talk talks tall tanked tanking ' +
  'tanks tank taps tapped tapping tap tape tapings taping tapes taped targets targeted target ' +
  'targeting task tasks tasted tastes tastefully tasteful taste tasting taxes taxed taxing tax ' +
  'taxpaying taxpayer taxpayers tea teas teaches teachings teach teaching teacher teachers teamed ' +
  'teams team teaming teammates teammate tearfully tears tearing tear teaspoonful teaspoons ' +
  'teaspoonfuls teaspoon technical technicalities technically technicality technicians technician ' +
  'technique techniques technology technological technologies technologically teens teen teenage ' +
  'teenagers teenager telephoned telephones telephone telephoning telescope telescoping telescoped ' +
  'telescopes telescopic televising television televised televisions telling tell tellingly tells ' +
  'temperature temperatures temple temples temporary tens tended tend tends tending tendency ' +
  'tendencies tender tenderly tenderness tendered tenders tendering tennis tensions tension ' +
  'tensioning tensional tenting tent tents term termed terms terming terrains terrain terrible ' +
  'terribly terrific territories territory territorial terrorism terror terrors terrorize ' +
  'terrorizing terrorized terrorists terrorist terroristic test testing tests tested testings ' +
  'testifying testify testified testifies testimonials testimonial testimony texts text textbook ' +
  'textbooks textures textured texture than thanking thanks thankfully thank thankful thankfulness ' +
  'thanked that the theater theaters theirs their them theme themed themes themselves then theology ' +
  'theological theoretically theoretical theories theory therapists therapist therapy therapies ' +
  'there thereby therefore therefor therefores theses these they thicknesses thick thickness ' +
  'thickly thigh thighs thinly thin thinned thinness thinning thing things think thinke thinks ' +
  'thinking thirds thirties this thoroughly thorough thoroughness those though thoughtful thought ' +
  'thoughtfulness thoughtfully thoughts threaded threading threads thread threats threat ' +
  'threateningly threaten threatens threatening threatened threes threshold thresholds thrive ' +
  'thrived thrives thriving throat throats through throughout throw throwed throws throwing ' +
  'thumbing thumb thumbs thumbed thus ticketed tickets ticket ticketing tidings tide tides tied tie ' +
  'tying ties tightly tight tightness tightener tightened tightening tightens tighten tile tiled ' +
  'tiles tilling till tilled timber timbered timbers times timed timing timely time tiny tipped tip ' +
  'tipping tips tire tired tires tiring tiredly tissue tissues titled titles title to tobacco today ' +
  'toes toe togetherness together toilets toilet toleration tolerating tolerate tolerant tolerable ' +
  'tolerated tolerates tolerance tolls toll tolled tomatoes tomato tomorrow tone toned tones ' +
  'tongues tongued tongue tonight too tooling tool tools tooth topped toppings tops top topping ' +
  'topical topicality topic topics tossed tosses tossing toss totaled totality totally totals ' +
  'totaling totalled total totalling touches touch touched touching touchdown touchdowns toughs ' +
  'toughness toughing tough toured tours touring tour tourism tourists tourist tournament ' +
  'tournaments towards toward towardes towel towels toweling tower towering towers towne towns town ' +
  'toxic toxicant toxicity toxics toys toying toy traced traces trace tracing tracings tracking ' +
  'tracks track tracked trading trade trades traded tradition traditionalism traditions ' +
  'traditionally traditional traffic tragedies tragedy tragically tragic trail trails trailed ' +
  'trailing trailer trailers trains train training trained trainers trainer trait traits transact ' +
  'transacting transacted transaction transactions transferred transfers transferring transference ' +
  'transferable transfer transfered transfering transforming transformed transformers ' +
  'transformation transforms transformer transform transition transit transitional transitions ' +
  'translator translating translation translates translated translators translate translations ' +
  'transmission transmissible transmissions transmits transmit transmitted transmitting ' +
  'transportable transports transportation transported transporters transporting transporter ' +
  'transport trapped trapping traps trappings trap trashed trash trashing trauma traumas travel ' +
  'travelers traveller travelled travellers traveled travels travelling traveling traveler trays ' +
  'tray treasure treasures treasurers treasured treasurer treating treated treat treats treatment ' +
  'treatments treaties treaty trees tree tremendous tremendously trends trended trending trend ' +
  'trial trials tribal tribes tribe tricks tricked trick trigger triggered triggers triggering ' +
  'trims trim trimming trimmed trimmings trips tripped tripping trip triumph triumphs triumphed ' +
  'tropical tropics troubles troubling trouble troubled truck trucks trucking trucked true truly ' +
  'trunk trunks trustingly trustfully trust trusting trusts trusted truths truthfulness truth ' +
  'truthfully truthful trying try tries tried tubing tubes tube tucked tuck tucking tumors tumor ' +
  'tuned tune tuning tunes tuneful tunefulness tunnels tunneled tunnel turkey turkeys turned turns ' +
  'turne turnings turn turning twentieth twenties twice twinned twins twin twisting twists twisted ' +
  'twist types typed typing type typicality typical typically ugly ugliness uh ultimate ultimately ' +
  'unable uncertainly uncertain uncertainties uncertainty uncles uncle uncomfortably uncomforted ' +
  'uncomfortable uncovered uncover uncovering underlies underlying under undergo undergoes ' +
  'undergoing undergraduates undergraduate undermine undermining undermined undermines understands ' +
  'understand understanding understandingly understandably understandable understanded ' +
  'understandings undertaking undertakes undertaker undertakings undertake undo undoing undone ' +
  'unemployment unemployed unexpected unexpectedly unfairness unfair unfairly unfolding unfold ' +
  'unfolds unfoldment unfolded unfortunates unfortunately unfortunate unhappiness unhappy ' +
  'uniformity uniformly uniforms uniform uniformed unionized union unions uniquely uniqueness ' +
  'unique units unites uniting unit unite unitized united unities unity university universe ' +
  'universalize universities universally universality universal universalization universals ' +
  'unknowns unknown unless unlike unlikely unprecedented unprecedentedly until unusual unusually ' +
  'ups up upped updating update updated updates upon upper upsetting upsets upset upstairs urbane ' +
  'urbanization urbanism urban urbanized urging urge urged urges urgings us uses usefulness using ' +
  'used use usefully useful user users usual usually utilities utilizes utilized utilization ' +
  'utility utilize utilizing vacations vacated vacationed vacationing vacation vacating vacate ' +
  'vaccines vaccination vaccinating vaccine vacuumed vacuuming vacuum validly validated validity ' +
  'valid validation validate validating valleys valley valuable valuing values value valued van ' +
  'vans vanish vanishing vanishes vanished variables variable variability variation variations ' +
  'variety varieties various variously varied varies vary varying vastly vast vegetation vegetative ' +
  'vegetables vegetable vehicles vehicle vendor vendors venturing venture venturers ventures ' +
  'ventured verbal verbally verdict verdicts versions version versus vertically vertical very verie ' +
  'vessels vessel veterans veteran via victimize victims victimized victimizes victim victory ' +
  'victories victoriously victorious videos video viewings viewed views viewing view viewers viewer ' +
  'villagers villages village villager violator violators violated violates violation violate ' +
  'violations violating violence violently violent virtual virtually virtue virtues virus viruses ' +
  'visibly visible visibility visions vision visitations visits visited visit visiting visitation ' +
  'visitor visitors visually visualize visualization visuals visualizes visualized visual ' +
  'visualizations vitals vitality vital vitally vitamins vitamin vocals vocalic vocally ' +
  'vocalization vocalism vocal vocalize voices voiced voice voicing volumes volume voluntary ' +
  'volunteer volunteering volunteers volunteered vote votes voted voting voters voter vulnerable ' +
  'vulnerability vulnerabilities wage waging waged wages wagon wagons waist waists waits waited ' +
  'wait waiting wake waked wakeful wakes waking wakefulness walks walk walking walked walls wall ' +
  'walled wandering wander wanders wanderings wanderer wandered wanderers want wanted wants wanting ' +
  'warring war warred wars warehouses warehouse warming warmly warms warm warmed warmth warnings ' +
  'warns warn warning warningly warned warriors warrior was washings washing wash washed washes ' +
  'wastes wasted wasting wasteful waste watches watched watchings watch watching watchful watered ' +
  'water waters watering waving waves waved wave ways way we weak weaknesses weakly weakness ' +
  'weakened weaken weakening weakens wealth wealthy weapon weapons wear wears wearing weather ' +
  'weathering weaves weaving weave webs web wed weddings wedding wedded weds weeded weeding weeds ' +
  'weed week weekly weeklies weeks weeked weekends weekend weighed weigh weighing weighs weightings ' +
  'weighted weights weighting weight weirdly weird welcomes welcome welcomed welcoming welfare ' +
  'wells well wellness welling welled west western wetting wetness wet wetly wets whales whaling ' +
  'whale what whatever wheat wheeling wheel wheeled wheels wheelchair when whenever where whereas ' +
  'wherever whether which while whipping whips whip whipped whippings whispers whispering whisper ' +
  'whisperings whispered whiteness whitely whites white who whoever wholes wholeness whole whom ' +
  'whose why widely wide widespread widow widower widowers widowed widows wifely wife wildly ' +
  'wildness wild wilderness wildlife willing willingly willful wills willfully will willed willinge ' +
  'willingness winnings wins win winning wind winds winded winding windows window wine wines wined ' +
  'wing winging winged wings winners winner wintered winters wintering winter wiping wipe wiped ' +
  'wipes wiring wires wired wire wisdom wisely wise wishing wishful wish wished wishes with withes ' +
  'withing withdraw withdrawal withdrawing withdrawals withdraws within without witness witnessed ' +
  'witnesses wit wits wittingly witnessing wolf womanizing woman womanly wonderful wondered ' +
  'wonderingly wonder wonderfully wonders wondering wonderfulness wonderment wooded woods wood ' +
  'wooden wording word worded words worked works work workings working worker workers workouts ' +
  'workout workplace workplaces workshops workshop worlds worldly world worldwide worriedly ' +
  'worrying worried worries worry worth would wo wound wounded wounding wounds wowed wows wraps ' +
  'wrapped wrapping wrap wrists wrist write writes writings writing writer writers written wrongful ' +
  'wrongly wronged wrongs wrongness wrong wrongfully yard yards yeah year yearly years yelling ' +
  'yelled yells yell yellowing yellowed yellows yellow yes yesterday yet yield yielding yields ' +
  'yielded you young youngsters youngster yours your yourself youthful youth youths zone zoning ' +
  'zoned zones zero one two three four five six seven eight nine ten accrued acres adverse advisory ' +
  'aerospace affidavit affiliate affiliates affluent aftermath aftershocks ailing antitrust anytime ' +
  'apartheid apiece apparel appellate appetite appliances arbitrage arbitragers asbestos ' +
  'assassination audit automotive autumn aviation backers backlog bailout bargain bargaining ' +
  'bargains barometer battered bearish became been began begun bellwether benchmark beneficial ' +
  'beneficiaries bidder bidders bigger biggest billion biotechnology bloc bolster bondholders ' +
  'boomers borough both bought bound bourbon breach breakdown breakers brewing broader broke ' +
  'brokerage brought built bullish buoyed bureaucracy bureaucratic bureaucrats bushel businessmen ' +
  'came catastrophe catastrophic caught caution cautioned cautious cellular cement cent centennial ' +
  'cents certificate certificates cheaper children chose chosen circulation clause cleaner cleanup ' +
  'clearance clout cocoa collateral comeback comic communist compiled comptroller computerized ' +
  'concessions conferees conglomerate congressman consolidated consolidation consortium contrary ' +
  'copper copyright cosmetics coupon covert credentials creditor creditors crude crunch cubic ' +
  'cumulative curb curtail cutbacks cyclical debacle debentures deductions deeper default defaults ' +
  'delegation depositary depository depreciation deregulation desktop detectors detergent ' +
  'deteriorating deterioration did diluted disarray disclosure discontinued discrepancies dismal ' +
  'disobedience disposable disposal dissident distributor distributors diversified dividend ' +
  'dividends dollar dollars done downgraded downturn downward dozen drawn drew driven drought drove ' +
  'dual dubbed durable earlier easier editorial environmentalists exempt expenditures expiration ' +
  'expire expired expires fallen fancy feet fell felt fend first flagship fled fluctuations ' +
  'forecast forecasting forecasts fought franchisees francs fraudulent freeway freight furor ' +
  'further fusion gambling gave glasnost goes gone got gotten graphics greater grew grim growers ' +
  'grown guerrillas guilders gyrations had half halt halted hampered harder heard hedge hefty held ' +
  'higher highest holder holders homeowners hottest hundred hundreds hybrid idle imminent ' +
  'impeachment impending improper inability inadequate incest inches inclined incurred indicted ' +
  'indictment induce industrywide injunction insolvent insulin interbank interim interstate issuers ' +
  'junk kept knew knight la lackluster lagged lagging laid laptop larger largest lease leases ' +
  'leasing led lenders leverage leveraged liable liquor lire litigation lobbyist lobbyists longer ' +
  'longstanding losers lowest lucrative lure luxury machinery machinists made mainframe mainframes ' +
  'mandatory mart massacre massage mature maturing maturities maturity meant mediator men ' +
  'merchandise merge merged merger mergers met metric microprocessor middlemen miles milestones ' +
  'million millions misleading monetary narrowly newsletter newsprint niche noncallable ' +
  'nonperforming notably notified offset offsetting offshore older omitted optical optimism ounce ' +
  'ounces oust ousted outlays outlook overhaul overhead overseas oversight overtime ozone pachinko ' +
  'pact paid par parliamentary passive payable payroll pence pending percent perestroika ' +
  'pessimistic pesticides petrochemical petroleum pharmaceutical pharmaceuticals pipeline platinum ' +
  'pledged plummeted poison polyethylene portable postpone postponed premier pretax probe prolonged ' +
  'proponents prospectus provisional proxy prudent psyllium pulp quake quota quotas quotations ' +
  'racketeering raider ran rebates rebound rebounded recapitalization receipts reckless redeem ' +
  'redeemed redemption redemptions refinancing refinery refining refund refunding registration ' +
  'reinsurance remainder renewed renewing reopen reopened reorganization repaid repay repayment ' +
  'repeal repurchase reset restated restraint restructure restructured restructuring revamped ' +
  'revised revive revived ringers risen robust rubles said salesman salesmen salespeople sanctions ' +
  'sank sat saw scrutiny second sedan seen semiconductor sent setback shipments shipyard shook ' +
  'shown shutdown sidelines sizable skeptical slash slashed slate slated slid slowdown slower ' +
  'sluggish slump slumped smaller sold solicitation sooner sought sour soybean spent spinoff spoke ' +
  'spokeswoman spur spurred staffers stalled standstill steelmaker steelmakers sterling ' +
  'stockholders stole stolen stood strategist streamlining stronger strongest struck stuck ' +
  'subcommittee subordinated subscribers subsidiaries subsidiary subsidized substitute successor ' +
  'sued suitor supercomputer surge surged surplus suspension swap sweetened syndicate taken ' +
  'takeover takeovers taught taxable telecommunications temblor temporarily tentative tentatively ' +
  'tenure terminal terminated textile theft thereafter third thousand thousands threw thrift ' +
  'thrifts thrown timetable told ton tons took tougher toxin trader traders treasury trillion ' +
  'tripled troops tuition tumble tumbled turmoil turnaround turnover unchanged unclear ' +
  'unconsolidated unconstitutional understood underwriter underwriters underwriting undisclosed ' +
  'undoubtedly unnecessary unrelated unsecured unsettled unspecified unsuccessful unveil unveiled ' +
  'upheld upscale upside upward vacancy vacant veto viable vice volatile volatility voluntarily ' +
  'vowed warrant warrants wary weaker went were wholesale widened wider withdrawn withdrew women ' +
  'won workstations worse worst wrongdoing wrote yen younger ';
