import type { SeedArticle } from './types'

// Demo articles, part B: économie, sport, culture and a few société stories.
// Invented stories and people; every direct quote comes from a fictional person.

export const articlesB: SeedArticle[] = [
  // ───────────────────────────── ÉCONOMIE ─────────────────────────────
  {
    slug: 'campagne-cotonniere-sikasso-recolte-en-hausse',
    title: 'Coton : la CMDT annonce une récolte en hausse dans la région de Sikasso',
    standfirst:
      "Portée par des pluies régulières et des engrais livrés à temps, la campagne cotonnière s'annonce prometteuse dans le bassin de Sikasso et de Koutiala, où les producteurs attendent surtout d'être payés rapidement.",
    category: 'economie',
    tags: ['Coton', 'Agriculture', 'Sikasso', 'CMDT', 'Koutiala'],
    authors: ['fatoumata-coulibaly'],
    dateline: 'SIKASSO',
    source: { name: 'AMAP' },
    hoursAgo: 3.25,
    cover: {
      motif: 'field',
      alt: 'Illustration : des rangées de cotonniers chargés de capsules blanches sous un ciel clair',
      caption: 'Dans le bassin cotonnier de Sikasso, la cueillette a commencé avec près de deux semaines d’avance.',
      credit: 'Illustration Kibaru',
    },
    body: `Dans les champs qui bordent la route de Koutiala, les capsules ont éclaté depuis plusieurs semaines et la cueillette bat son plein. Familles entières, saisonniers venus des villages voisins, élèves en congé : tout le monde s'active pour remplir les sacs de coton graine avant le passage des camions de la Compagnie malienne pour le développement des textiles (CMDT).

Selon les estimations présentées mardi par la direction régionale de la compagnie, la production de la zone de Sikasso devrait dépasser d'environ 8 % celle de la campagne précédente. Les superficies emblavées sont restées stables, mais les rendements ont progressé grâce à une saison des pluies jugée « régulière et bien répartie » par les techniciens agricoles.

## Des engrais livrés avant les semis

Pour beaucoup de producteurs, la différence s'est jouée en début de saison. Contrairement à l'an dernier, où des retards de livraison avaient obligé certains à semer sans fumure de fond, les intrants subventionnés sont arrivés dans les coopératives dès le mois de mai.

> « L'an passé, j'ai attendu l'engrais jusqu'en juillet. Cette fois, tout était là avant les premières pluies. Sur mes quatre hectares, je vois déjà la différence », explique Siaka Bengaly, producteur à Kignan, sa houe posée contre le tronc d'un karité.

[[image:field|Illustration : des cotonniers en fleurs et en capsules alignés jusqu'à l'horizon|Dans le cercle de Koutiala, les rendements dépassent ceux de l'an dernier selon les premiers relevés.|Illustration Kibaru]]

Les agents d'encadrement de la CMDT mettent aussi en avant l'effort porté sur la protection des cultures. Après les dégâts causés par les jassides il y a quelques saisons, des brigades de surveillance ont été formées dans chaque secteur pour repérer les premières attaques et déclencher les traitements à temps.

## Le prix, sujet de toutes les conversations

Reste la question qui anime les discussions sous les hangars : le paiement. Le prix d'achat au producteur, fixé avant les semis, sert de repère à des milliers de ménages qui ont souvent contracté des crédits pour acheter semences et herbicides. Les responsables des sociétés coopératives demandent que l'argent soit versé dans les semaines qui suivent la pesée.

« Le coton, c'est notre banque. Si l'argent tarde, ce sont les frais de scolarité et les dettes qui attendent », résume Mariam Traoré, secrétaire d'une coopérative de productrices à Niéna.

La direction régionale assure que les usines d'égrenage de Sikasso, Koutiala et Kadiolo sont prêtes à tourner à plein régime. Les premières balles de fibre devraient quitter la région en direction des ports de la sous-région avant la fin de l'année.

[[lire:office-du-niger-recolte-riz-niono]]

Pour Drissa Koné, chef de secteur à M'Pessoba, l'enjeu dépasse la seule campagne : « Le coton fait vivre les villages, mais aussi les pistes, les écoles et les centres de santé. Une bonne année ici, c'est une bonne année pour toute la région. »`,
  },
  {
    slug: 'or-production-code-minier-recettes-etat',
    title: "Or : la production industrielle progresse, l'État attend davantage du code minier",
    standfirst:
      "Les mines industrielles ont livré davantage de métal jaune au premier semestre. Avec le code minier adopté en 2023, les autorités espèrent que les recettes publiques suivront enfin la même courbe.",
    category: 'economie',
    tags: ['Or', 'Mines', 'Kayes', 'Budget'],
    authors: ['fatoumata-coulibaly'],
    hoursAgo: 26.75,
    cover: {
      motif: 'gold',
      alt: "Illustration : l'entrée d'une mine à ciel ouvert et des pépites d'or au premier plan",
      caption: "L'or reste de loin le premier produit d'exportation du Mali.",
      credit: 'Illustration Kibaru',
    },
    body: `Les chiffres du premier semestre, compilés par les services du ministère chargé des Mines, confirment la reprise : les sites industriels du pays, concentrés pour l'essentiel dans la région de Kayes et dans le Sud, ont produit davantage d'or qu'au cours de la même période l'an dernier. Une bonne nouvelle pour un pays dont le métal jaune représente, bon an mal an, l'essentiel des recettes d'exportation.

Mais à Bamako, la question n'est plus seulement de savoir combien de tonnes sortent des fosses. Elle est de savoir quelle part de cette richesse reste dans les caisses publiques.

## Ce que change le nouveau code

Le code minier adopté en 2023 a modifié les règles du jeu pour les nouveaux projets. Parmi les principales dispositions :

- une participation de l'État plus importante dans le capital des sociétés d'exploitation ;
- une part réservée aux investisseurs privés nationaux ;
- un encadrement plus strict des exonérations fiscales et douanières ;
- des obligations renforcées en matière d'emploi local et de sous-traitance.

Les négociations avec les opérateurs déjà installés, engagées depuis, ont été longues et parfois tendues. Plusieurs conventions ont été renégociées, et le gouvernement met en avant des versements exceptionnels qui ont contribué à soutenir le budget de l'État.

> « Le code donne à l'État des leviers qu'il n'avait pas. Tout l'enjeu est maintenant de les utiliser de manière prévisible, pour que les recettes augmentent sans décourager les investissements dans l'exploration », analyse Boubacar Diarra, économiste et enseignant à Bamako.

## L'orpaillage, l'autre visage de la filière

À côté des grandes mines, des dizaines de milliers de personnes vivent de l'orpaillage artisanal, du cercle de Kéniéba aux environs de Kangaba. Une activité qui échappe en grande partie aux statistiques officielles et dont les autorités tentent de mieux contrôler les circuits de commercialisation.

« Ici, quand l'or sort, tout le village mange. Mais on ne sait jamais combien on va trouver, et les acheteurs fixent le prix », raconte Fousseyni Sidibé, orpailleur depuis une douzaine d'années près de la frontière sénégalaise.

Les services techniques s'inquiètent aussi des conséquences environnementales de l'exploitation artisanale : berges dégradées, usage de produits chimiques, terres agricoles retournées.

[[lire:campagne-cotonniere-sikasso-recolte-en-hausse]]

## Une dépendance à surveiller

Pour les économistes, la bonne tenue de l'or ne doit pas masquer la fragilité d'une économie très dépendante d'une seule matière première, dont le cours se décide sur les marchés mondiaux. « Un budget qui repose sur l'or est un budget qui monte et qui descend avec l'once à Londres », rappelle Boubacar Diarra, qui plaide pour que les nouvelles recettes servent en priorité à l'agriculture, à l'énergie et à la formation professionnelle.`,
  },
  {
    slug: 'centrale-solaire-segou-mise-en-service',
    title: 'Énergie : une centrale solaire raccordée au réseau près de Ségou',
    standfirst:
      "Après deux ans de travaux, les premiers mégawatts d'une centrale photovoltaïque installée à Sébougou alimentent le réseau interconnecté. Un soulagement attendu pour les commerçants et artisans de Ségou, las des coupures.",
    category: 'economie',
    tags: ['Énergie', 'Ségou', 'Électricité'],
    authors: ['fatoumata-coulibaly'],
    dateline: 'SÉGOU',
    hoursAgo: 54.25,
    cover: {
      motif: 'solar',
      alt: 'Illustration : des rangées de panneaux solaires inclinés sous un soleil éclatant',
      caption: 'Les panneaux de la centrale de Sébougou couvrent plusieurs dizaines d’hectares à la sortie de Ségou.',
      credit: 'Illustration Kibaru',
    },
    body: `À quelques kilomètres de Ségou, sur un plateau autrefois couvert d'épineux, des milliers de panneaux photovoltaïques s'alignent désormais en rangs serrés. Depuis lundi, la centrale solaire de Sébougou injecte ses premiers mégawatts dans le réseau interconnecté géré par Énergie du Mali (EDM-SA).

Le chantier, lancé il y a un peu plus de deux ans, a connu plusieurs retards liés à l'acheminement des équipements. Sa mise en service progressive doit permettre, selon les techniciens, de couvrir une part significative de la demande diurne de la ville et de ses environs.

## Moins de gasoil, plus de soleil

L'intérêt de l'installation est d'abord économique. Une grande partie de l'électricité du pays est encore produite par des centrales thermiques fonctionnant au fioul ou au gasoil, dont le coût pèse lourdement sur les finances de la société nationale. Chaque kilowattheure solaire produit en journée est autant de carburant économisé.

> « En pleine journée, quand le soleil est au zénith, c'est justement le moment où les ateliers et les climatiseurs tirent le plus sur le réseau. La centrale produit au meilleur moment », explique Abdoulaye Sanogo, ingénieur chargé de l'exploitation du site.

Le principal défi reste le soir. Sans capacité de stockage suffisante, la production s'effondre au coucher du soleil, au moment où les foyers allument lumières et télévisions. Une seconde phase, prévoyant l'installation de batteries, est à l'étude.

## Les artisans attendent de voir

Au marché de Ségou, l'accueil est prudent. Les délestages des derniers mois ont laissé des traces chez les soudeurs, les couturiers et les vendeurs de glace, qui ont souvent dû investir dans des groupes électrogènes.

« Si le courant tient toute la journée, je pourrai enfin ranger mon groupe. Mais on nous a déjà promis beaucoup de choses », tempère Bakary Diallo, qui tient un atelier de menuiserie métallique près de la gare routière.

### Des emplois locaux

Pendant la construction, plus de trois cents personnes ont travaillé sur le site, dont une majorité de jeunes des villages voisins. Une vingtaine de techniciens, formés au nettoyage des panneaux et à la maintenance des onduleurs, resteront employés à l'année.

[[lire:carburant-approvisionnement-prix-bamako]]

Pour Awa Touré, qui a décroché l'un de ces postes après une formation en électrotechnique à Bamako, le symbole compte autant que les mégawatts : « Mes parents cultivent juste à côté. Voir l'électricité sortir de ce terrain, c'est la preuve qu'on peut produire notre énergie ici. »`,
  },
  {
    slug: 'office-du-niger-recolte-riz-niono',
    title: "Office du Niger : les riziculteurs de Niono entament une récolte jugée encourageante",
    standfirst:
      "Dans la zone de l'Office du Niger, les moissons de la campagne d'hivernage ont commencé. Les premiers rendements sont bons, mais l'entretien des canaux et le prix du paddy inquiètent les exploitants.",
    category: 'economie',
    tags: ['Agriculture', 'Riz', 'Office du Niger', 'Ségou'],
    authors: ['fatoumata-coulibaly'],
    dateline: 'NIONO',
    source: { name: 'AMAP', url: 'https://www.amap.ml' },
    hoursAgo: 120.75,
    cover: {
      motif: 'field',
      alt: 'Illustration : des rangées de plants de riz dorés dans une plaine irriguée',
      caption: 'Dans les casiers de la zone de Niono, les premières parcelles de riz sont moissonnées.',
      credit: 'Illustration Kibaru',
    },
    body: `Sous un soleil encore chaud, les faucilles ont repris du service dans les casiers rizicoles de Niono. De part et d'autre des canaux, les gerbes de riz sèchent en tas réguliers avant d'être battues, tandis que les batteuses mécaniques louées à la journée passent d'un village à l'autre.

Selon les premières évaluations des services de l'Office du Niger, les rendements de la campagne d'hivernage se situent au-dessus de la moyenne des cinq dernières années dans plusieurs zones de production. La bonne disponibilité de l'eau dans le réseau d'irrigation et une meilleure maîtrise du repiquage expliquent en partie ces résultats.

[[image:river|Illustration : un canal d'irrigation bordé de rizières et une pirogue amarrée|Le réseau de canaux alimenté par le fleuve Niger irrigue des dizaines de milliers d'hectares.|Illustration Kibaru]]

## L'eau, une richesse à entretenir

Le périmètre de l'Office du Niger est alimenté par le fleuve grâce au barrage de Markala, puis par un vaste réseau de canaux principaux, de partiteurs et d'arroseurs. Chaque année, l'ensablement et la prolifération des plantes aquatiques menacent la circulation de l'eau.

> « Quand le canal est propre, l'eau arrive partout et tout le monde récolte. Quand il est bouché, c'est le bout de la ligne qui souffre. Cette année, nous avons fait le curage ensemble, village par village », raconte Sékou Coulibaly, exploitant d'un casier de trois hectares à Molodo.

Les organisations paysannes réclament néanmoins davantage de moyens pour les travaux d'entretien, dont une partie est financée par la redevance eau payée par les exploitants eux-mêmes.

## Le prix du paddy en question

L'autre préoccupation concerne la commercialisation. Au moment des récoltes, l'afflux de riz sur les marchés fait souvent baisser les prix, alors que de nombreux producteurs doivent vendre rapidement pour rembourser leurs crédits de campagne.

« Nous vendons au plus bas en novembre, et nous rachetons du riz plus cher en août. Il faut des magasins de stockage pour attendre le bon moment », plaide Kadiatou Dembélé, présidente d'une union de femmes transformatrices à Niono.

Plusieurs coopératives expérimentent le **warrantage** : le riz est stocké dans un magasin sécurisé et sert de garantie pour obtenir un crédit, ce qui permet de différer la vente de quelques mois. Cette pratique est encouragée par de nombreux partenaires, dont l'[Organisation des Nations unies pour l'alimentation et l'agriculture](https://www.fao.org).

[[lire:campagne-cotonniere-sikasso-recolte-en-hausse]]

Dans les villages, on retient surtout qu'après plusieurs saisons difficiles, les greniers se rempliront. « Cette année, nous n'aurons pas peur de la soudure », sourit Sékou Coulibaly en chargeant un sac sur sa charrette.`,
  },
  {
    slug: 'carburant-approvisionnement-prix-bamako',
    title: "Carburant : à Bamako, les files d'attente s'allongent devant les stations-service",
    standfirst:
      "Depuis une semaine, plusieurs stations de la capitale sont régulièrement à sec. Les prix officiels à la pompe restent inchangés, mais le litre vendu au bord des routes a nettement augmenté.",
    category: 'economie',
    tags: ['Bamako', 'Énergie', 'Carburant', 'Transport'],
    authors: ['fatoumata-coulibaly'],
    dateline: 'BAMAKO',
    source: { name: 'Studio Tamani', url: 'https://www.studiotamani.org' },
    hoursAgo: 9.75,
    updatedHoursAgo: 4.25,
    cover: {
      motif: 'desert-road',
      alt: "Illustration : une file de camions-citernes sur une route qui s'enfonce dans le désert",
      caption: 'Les camions-citernes qui approvisionnent le Mali parcourent des centaines de kilomètres depuis les ports de la sous-région.',
      credit: 'Illustration Kibaru',
    },
    body: `Il est à peine six heures du matin à Kalaban-Coura, et la file de motos s'étire déjà sur plus de cent mètres devant la station. Certains conducteurs ont passé la nuit sur place, bidon en plastique à la main, dans l'espoir d'être servis avant que les cuves ne se vident.

Depuis plusieurs jours, les perturbations dans l'approvisionnement en produits pétroliers se font sentir dans la capitale. Plusieurs stations n'ouvrent que quelques heures par jour, d'autres affichent simplement « pas d'essence » sur un carton posé contre la pompe.

## Des camions attendus

Le Mali, pays enclavé, importe la totalité de ses hydrocarbures par la route, depuis les ports de Dakar, Abidjan, Conakry ou Lomé. Les retards de convois, les contrôles renforcés sur certains axes et les difficultés de circulation dans plusieurs régions suffisent à désorganiser une chaîne logistique tendue.

> « Nous recevons des camions, mais moins qu'avant et de manière irrégulière. Dès qu'une citerne arrive, tout part en trois ou quatre heures », témoigne Souleymane Konaté, gérant d'une station sur la route de Ségou.

Un responsable de la direction nationale du commerce, Modibo Kanouté, assure que des convois supplémentaires sont en route et que la situation « devrait s'améliorer progressivement dans les prochains jours ». Il appelle les consommateurs à éviter les achats de précaution, qui aggravent les pénuries.

## Le marché parallèle flambe

Les prix officiels à la pompe n'ont pas bougé. Mais au bord des routes, les revendeurs qui proposent l'essence en bouteilles ont largement relevé leurs tarifs. Dans certains quartiers périphériques, le litre se négocie à près du double du prix affiché en station.

Les premiers touchés sont les travailleurs qui dépendent de leur moto ou de leur véhicule :

- les conducteurs de moto-taxi, qui ont réduit leurs tournées ;
- les livreurs et petits commerçants, contraints de relever leurs prix ;
- les artisans qui font tourner des groupes électrogènes.

« Je passe la moitié de ma journée à chercher de l'essence au lieu de travailler. Et ce que je gagne part dans le carburant », soupire Lassine Dao, conducteur de moto-taxi à Sabalibougou.

Les transporteurs interurbains ont, eux, commencé à ajuster le prix des billets sur certaines lignes. Les associations de consommateurs demandent un contrôle plus strict des stations soupçonnées de stocker du carburant pour le revendre plus cher.

[[lire:centrale-solaire-segou-mise-en-service]]

*Mise à jour : en fin de matinée, plusieurs stations du centre-ville ont été réapprovisionnées après l'arrivée d'un convoi de citernes, selon des gérants joints par Kibaru.*`,
  },
  {
    slug: 'mobile-money-microfinance-zones-rurales',
    title: 'Mobile money et microfinance : le crédit arrive par téléphone dans les villages',
    standfirst:
      "Les comptes de monnaie électronique se multiplient dans les campagnes. Des institutions de microfinance en profitent pour proposer épargne et petits prêts à distance, au risque de voir certains emprunteurs s'endetter trop vite.",
    category: 'economie',
    tags: ['Microfinance', 'Mobile money', 'Femmes', 'Ségou'],
    authors: ['fatoumata-coulibaly'],
    hoursAgo: 200.25,
    cover: {
      motif: 'market',
      alt: 'Illustration : des étals de marché abrités sous des parasols colorés',
      caption: 'Sur les marchés ruraux, le paiement par téléphone est devenu courant chez les commerçantes.',
      credit: 'Illustration Kibaru',
    },
    body: `Au marché hebdomadaire de Markala, Hawa Sacko ne compte plus les billets comme autrefois. Pour encaisser ses ventes de poisson fumé, elle tend son numéro de téléphone à ses clientes, et les sommes s'affichent en quelques secondes sur son écran. « Avant, je rentrais le soir avec tout mon argent dans un pagne. Maintenant, il dort sur mon téléphone », dit-elle en riant.

Le mobile money, apparu il y a une quinzaine d'années dans les villes maliennes, est désormais bien installé dans les zones rurales. Transferts entre membres d'une même famille, paiement des fournisseurs, règlement des factures d'électricité : le téléphone a remplacé le guichet pour une bonne partie de la population qui n'a jamais ouvert de compte bancaire.

## Des prêts sans passer au guichet

Les institutions de microfinance ont compris le potentiel de ces outils. Plusieurs d'entre elles proposent désormais de rembourser les crédits par transfert mobile, voire d'obtenir de petits prêts directement sur son téléphone, après une évaluation fondée sur l'historique des transactions.

> « Nos agents faisaient parfois quarante kilomètres à moto pour collecter quelques remboursements. Avec le paiement mobile, nous réduisons nos coûts et nous pouvons servir des villages que nous ne touchions pas », explique Oumar Berthé, directeur d'une caisse d'épargne et de crédit basée à Ségou.

### Ce que proposent les caisses

Les offres varient selon les institutions, mais on retrouve généralement :

1. des comptes d'épargne alimentés par de petits dépôts réguliers ;
2. des crédits de campagne remboursables après la récolte ;
3. des prêts de groupe destinés aux associations de femmes ;
4. des microcrédits instantanés de faible montant, sur quelques semaines.

## La crainte du surendettement

Cette facilité d'accès inquiète pourtant certains acteurs. Les crédits instantanés, souvent assortis de frais élevés rapportés à leur courte durée, peuvent pousser des ménages fragiles à emprunter auprès de plusieurs prêteurs à la fois.

« Il y a des femmes qui prennent un prêt pour rembourser un autre prêt. Sans éducation financière, le téléphone peut devenir un piège », met en garde Fatoumata Kané, animatrice d'une ONG qui organise des séances de formation dans les villages autour de Ségou.

Les autorités de régulation du secteur rappellent que les institutions doivent informer clairement leurs clients sur le coût total du crédit. Les associations d'usagers, elles, réclament des frais de retrait plus modestes, qui pèsent encore lourd pour les petits montants.

Pour Hawa Sacko, le bilan reste positif. Grâce à un prêt de groupe remboursé chaque semaine par téléphone, son association de transformatrices a acheté un nouveau four de fumage. « L'argent circule plus vite, mais il faut garder la tête froide », conclut-elle.`,
  },

  // ─────────────────────────────── SPORT ───────────────────────────────
  {
    slug: 'aigles-du-mali-victoire-qualifications',
    title: 'Éliminatoires de la CAN : les Aigles du Mali s’imposent 2-0 et prennent la tête du groupe',
    standfirst:
      "Devant un Stade du 26-Mars bien garni, la sélection nationale a dominé la Guinée-Bissau grâce à deux buts en seconde période. Une victoire qui rapproche les Aigles de la phase finale.",
    category: 'sport',
    tags: ['Aigles du Mali', 'Football', 'Bamako', 'CAN'],
    authors: ['ibrahim-traore'],
    dateline: 'BAMAKO',
    source: { name: 'ORTM' },
    hoursAgo: 14.25,
    updatedHoursAgo: 12.75,
    cover: {
      motif: 'stadium',
      alt: 'Illustration : une pelouse de football vue depuis les tribunes, sous les projecteurs',
      caption: 'Le Stade du 26-Mars a vibré pour la deuxième victoire consécutive des Aigles dans ces éliminatoires.',
      credit: 'Illustration Kibaru',
    },
    body: `Il aura fallu de la patience, mais les Aigles du Mali ont fini par trouver la faille. Accrochés à la pause par une équipe de Guinée-Bissau bien regroupée, les hommes en vert, jaune et rouge ont fait la différence après l'heure de jeu pour s'imposer 2-0, mardi soir à Bamako, lors de la quatrième journée des éliminatoires de la Coupe d'Afrique des nations.

Avec ce succès, le Mali prend seul la tête de son groupe, avec deux points d'avance sur son poursuivant immédiat, à deux journées de la fin.

## Une première période frustrante

Dès le coup d'envoi, les Aigles ont confisqué le ballon. Mais face à un bloc bas et discipliné, les offensives maliennes se sont souvent perdues dans les trente derniers mètres. La meilleure occasion de la première mi-temps est venue d'une frappe lointaine de Lassina Togola, détournée en corner par le gardien bissau-guinéen.

Dans les tribunes, l'impatience montait. Quelques sifflets ont accompagné le retour aux vestiaires, témoignant de l'exigence d'un public habitué à voir son équipe dominer à domicile.

## Samaké libère le stade

Le tournant est intervenu à la 63e minute. Sur un centre tendu venu du côté droit, l'attaquant Cheick Oumar Samaké, entré à la pause, a devancé son défenseur pour placer une tête imparable au premier poteau. Le Stade du 26-Mars a enfin explosé.

Moins de dix minutes plus tard, le milieu Modibo Diarra a doublé la mise d'une frappe croisée à l'entrée de la surface, après un bon travail de Togola. La fin de match a été maîtrisée, sans frayeur pour le gardien malien, peu sollicité de la soirée.

> « On savait que ce serait un match de patience. À la pause, on a demandé aux joueurs d'élargir le jeu et de multiplier les centres. Les changements ont apporté ce qu'on attendait », a analysé Bakary Sissoko, entraîneur adjoint de la sélection, en conférence de presse.

Entré à la pause et buteur décisif, Cheick Oumar Samaké savourait : « Quand on entre dans un match comme celui-là, on veut juste aider l'équipe. Marquer devant notre public, c'est un rêve d'enfant. »

### Prochain rendez-vous à l'extérieur

Les Aigles disputeront leur prochain match en déplacement, dans un contexte qui s'annonce plus hostile. Un match nul suffirait presque à valider la qualification, mais le staff refuse de faire des calculs.

[[lire:derby-djoliba-stade-malien-match-nul]]

*Cet article a été mis à jour avec les déclarations d'après-match.*`,
  },
  {
    slug: 'derby-djoliba-stade-malien-match-nul',
    title: 'Derby de Bamako : le Djoliba et le Stade malien se neutralisent dans un match tendu',
    standfirst:
      "Le choc de la Première Division entre le Djoliba AC et le Stade malien s'est achevé sur un score de parité (1-1). Les deux rivaux historiques restent au coude-à-coude en haut du classement.",
    category: 'sport',
    tags: ['Football', 'Bamako', 'Djoliba AC', 'Stade malien'],
    authors: ['ibrahim-traore'],
    hoursAgo: 38.75,
    cover: {
      motif: 'stadium',
      alt: 'Illustration : un terrain de football vu depuis les gradins, avec ses lignes blanches',
      caption: 'Le derby entre le Djoliba et le Stade malien reste l’affiche la plus attendue du championnat national.',
      credit: 'Illustration Kibaru',
    },
    body: `Les deux moitiés du Stade Modibo-Kéïta, l'une rouge, l'autre blanche, ont chanté pendant quatre-vingt-dix minutes. Sur la pelouse, en revanche, ni le Djoliba AC ni le Stade malien n'ont réussi à prendre l'ascendant. Le derby de la capitale s'est conclu dimanche sur un nul (1-1) qui n'arrange vraiment personne.

## Un départ en trombe des Rouges

Le Djoliba a frappé le premier. Dès la 11e minute, l'ailier Adama Konaré a profité d'une relance manquée de la défense stadiste pour ouvrir le score d'un plat du pied maîtrisé. Portés par leurs supporters, les Rouges ont ensuite dominé le premier quart d'heure, sans parvenir à aggraver la marque.

Le Stade malien a mis du temps à se remettre en place. Mais peu avant la pause, sur un coup franc excentré, le défenseur central Ibrahima Guindo s'est élevé plus haut que tout le monde pour égaliser de la tête.

> « On a commencé le match endormis, et contre le Djoliba, ça ne pardonne pas. Mais l'équipe a montré du caractère pour revenir », estimait Issa Dembélé, entraîneur du Stade malien.

## Une seconde période hachée

Après la pause, le derby a pris une tournure plus physique. Les duels se sont multipliés au milieu de terrain, et l'arbitre a distribué pas moins de six cartons jaunes. Les occasions se sont faites rares, hormis une frappe sur la barre de l'attaquant stadiste Amadou Tangara à vingt minutes de la fin.

Dans le temps additionnel, le Djoliba a cru obtenir un penalty après une chute dans la surface, mais l'arbitre a laissé jouer, déclenchant la colère du banc des Rouges.

« Pour moi, il y a faute. Mais on ne va pas se cacher derrière l'arbitrage : on devait tuer le match en première période », a reconnu Moussa Fofana, entraîneur du Djoliba.

## Au classement

À l'issue de cette journée, les deux clubs restent collés en tête :

- Djoliba AC : 1er, 34 points
- Stade malien : 2e, 33 points
- AS Real Bamako : 3e, 29 points

La course au titre s'annonce donc indécise jusqu'aux dernières journées. Le match retour, prévu en fin de saison, pourrait bien décider du champion.

[[lire:aigles-du-mali-victoire-qualifications]]

Plusieurs joueurs des deux équipes figurent d'ailleurs dans la liste élargie des Aigles du Mali, et le staff de la sélection nationale était présent en tribune pour observer les prestations des uns et des autres.`,
  },
  {
    slug: 'aigles-dames-basket-preparation-afrobasket',
    title: "Basket-ball : les Aigles Dames lancent leur préparation pour l'Afrobasket",
    standfirst:
      "Réunie à Bamako pour un stage de trois semaines, la sélection féminine mise sur un mélange d'expérience et de jeunesse pour retrouver le podium continental.",
    category: 'sport',
    tags: ['Basket-ball', 'Femmes', 'Aigles Dames', 'Bamako'],
    authors: ['ibrahim-traore'],
    hoursAgo: 75.25,
    cover: {
      motif: 'crowd',
      alt: 'Illustration : une foule de silhouettes stylisées réunies dans une salle',
      caption: 'Le public bamakois est attendu nombreux pour les matchs amicaux de préparation des Aigles Dames.',
      credit: 'Illustration Kibaru',
    },
    body: `Les ballons rebondissent de nouveau dans la salle du Palais des sports de Bamako. Depuis lundi, les Aigles Dames, l'équipe nationale féminine de basket-ball, ont entamé leur stage de préparation en vue du prochain championnat d'Afrique. Au programme : deux séances par jour, du travail physique le matin et des exercices tactiques l'après-midi.

Le Mali compte parmi les nations les plus régulières du basket féminin africain, et ses sélections de jeunes brillent régulièrement dans les compétitions internationales. Mais la génération actuelle veut retrouver un podium continental qui se fait attendre.

## Un groupe renouvelé

La liste de dix-huit joueuses convoquées fait la part belle à la jeunesse. Plusieurs internationales issues des sélections U18 et U20, passées par le championnat national ou des universités à l'étranger, côtoient des cadres évoluant en Europe.

> « Nous avons des joueuses très talentueuses qui ont déjà gagné des titres chez les jeunes. Le défi, c'est de transformer ce talent en résultats chez les seniors. Cela passe par la rigueur défensive et la régularité », souligne Kadiatou Bah, sélectionneuse de l'équipe.

La meneuse Nana Coulibaly, 29 ans, fait figure de patronne du vestiaire. Elle se réjouit de l'arrivée des plus jeunes : « Elles courent partout, elles n'ont peur de personne. À nous, les anciennes, de leur apprendre à gérer les fins de match. »

## Des conditions de préparation améliorées

Les joueuses saluent aussi les efforts consentis pour ce stage : hébergement regroupé, suivi médical, séances de récupération. Par le passé, des préparations tronquées faute de moyens avaient été pointées du doigt après des éliminations décevantes.

### Le programme des prochaines semaines

- deux semaines de travail à Bamako ;
- deux matchs amicaux face à une sélection de la sous-région ;
- un tournoi de préparation à l'étranger avant le départ pour la compétition.

La sélectionneuse devra ensuite réduire son groupe à douze joueuses. « Personne n'a sa place garantie. Celles qui défendent le plus fort seront dans l'avion », prévient Kadiatou Bah.

## Un public à reconquérir

La fédération espère que les matchs amicaux attireront du monde au Palais des sports. Le basket féminin bénéficie d'une solide base de supportrices et de supporters à Bamako, notamment dans les établissements scolaires où la discipline est très pratiquée.

« Quand la salle est pleine, on joue avec cinq points d'avance », assure la jeune ailière Djénéba Keïta, 19 ans, qui découvre l'équipe A. Elle n'a qu'une idée en tête : décrocher sa place pour la compétition et porter le maillot national devant toute l'Afrique.`,
  },
  {
    slug: 'marathon-de-bamako-participation-record',
    title: 'Marathon de Bamako : près de quatre mille coureurs dans les rues de la capitale',
    standfirst:
      "Course reine, semi-marathon et boucle populaire de cinq kilomètres : l'édition de dimanche a battu son record de participation. Zoumana Dao et Kadidia Samassékou se sont imposés sur la distance olympique.",
    category: 'sport',
    tags: ['Athlétisme', 'Bamako', 'Jeunesse'],
    authors: ['ibrahim-traore'],
    hoursAgo: 150.25,
    cover: {
      motif: 'city',
      alt: 'Illustration : la silhouette des immeubles de Bamako et un pont sur le fleuve',
      caption: 'Le parcours du marathon empruntait le pont des Martyrs et les grandes avenues du centre-ville.',
      credit: 'Illustration Kibaru',
    },
    body: `Bien avant le lever du soleil, la place de l'Indépendance ressemblait déjà à une fourmilière. Coureurs licenciés, étudiants, fonctionnaires en survêtement, groupes d'amis aux tee-shirts assortis : près de quatre mille participants ont pris part, dimanche, au marathon de Bamako, un record depuis la création de l'épreuve.

Le départ de la course principale a été donné à six heures, pour profiter de la fraîcheur relative du matin. Un choix apprécié, tant la chaleur peut vite devenir l'ennemi numéro un des coureurs de fond sous ces latitudes.

## Dao en solitaire

Chez les hommes, Zoumana Dao a fait la course en tête dès le trentième kilomètre. Le coureur de 27 ans, originaire de Koulikoro, a franchi la ligne en 2 h 21 min, améliorant de plus d'une minute le record de l'épreuve.

> « Après le pont, j'ai senti que les autres commençaient à souffrir. Je me suis dit : c'est maintenant ou jamais. Les encouragements du public m'ont porté jusqu'au bout », racontait-il, enveloppé dans une couverture de survie.

Chez les femmes, Kadidia Samassékou a remporté sa deuxième victoire consécutive, en 2 h 49 min. Cette institutrice de Kati s'entraîne le soir après ses cours, le plus souvent seule, sur les pistes qui entourent la ville.

[[image:city|Illustration : des immeubles de Bamako au bord du fleuve, un pont au premier plan|Les coureurs ont traversé le Niger à deux reprises au cours de la course principale.|Illustration Kibaru]]

## Une fête populaire

Au-delà de la performance, les organisateurs se félicitent du succès de la course populaire de cinq kilomètres, ouverte à tous et gratuite pour les scolaires. Plus de deux mille personnes s'y sont inscrites, dont de nombreuses familles.

« Ce n'est pas seulement une compétition. C'est un moment où la ville se retrouve, où l'on voit des ministres courir à côté de vendeurs de thé », sourit Aminata Cissé, membre du comité d'organisation.

### Les résultats

Principaux classements de la course reine :

1. Zoumana Dao, 2 h 21 min 08 s (record de l'épreuve)
2. Boubacar Kanté, 2 h 23 min 40 s
3. Oumar Fané, 2 h 25 min 12 s

Chez les femmes : Kadidia Samassékou (2 h 49 min 31 s) devance Rokia Diabaté et Assétou Togo.

Les services de secours ont pris en charge une trentaine de participants pour des malaises légers, liés à la déshydratation. Aucun incident grave n'a été signalé. Les organisateurs envisagent, pour la prochaine édition, d'ajouter des points de ravitaillement sur la seconde moitié du parcours.`,
  },
  {
    slug: 'kayes-jeune-athlete-800-metres',
    title: "À Kayes, Adama Sissoko, 17 ans, rêve de courir le 800 mètres pour le Mali",
    standfirst:
      "Révélé lors des championnats nationaux scolaires, le jeune coureur de Kayes s'entraîne sur une piste en latérite, sous une chaleur écrasante. Son entraîneur le voit déjà en sélection.",
    category: 'sport',
    tags: ['Athlétisme', 'Kayes', 'Jeunesse'],
    authors: ['ibrahim-traore', 'aminata-diallo'],
    dateline: 'KAYES',
    hoursAgo: 310.75,
    cover: {
      motif: 'sahel-sunset',
      alt: "Illustration : des dunes et un soleil bas sur l'horizon sahélien",
      caption: 'À Kayes, les athlètes s’entraînent tôt le matin ou en fin de journée, quand la chaleur retombe.',
      credit: 'Illustration Kibaru',
    },
    body: `Le soleil n'est pas encore levé sur Kayes quand Adama Sissoko attache les lacets de ses pointes usées. Sur la piste en latérite du stade municipal, quelques lampadaires éclairent les premiers tours. À 17 ans, l'élève de seconde enchaîne les séries de 400 mètres sous le regard attentif de son entraîneur, chronomètre à la main.

Il y a trois mois, personne ou presque ne connaissait son nom en dehors de son quartier de Khasso. Puis est venu le championnat national scolaire, à Bamako, où il a remporté le 800 mètres avec plus de deux secondes d'avance, dans un temps qui a fait lever les sourcils des techniciens de la fédération.

## Une piste, un chronomètre et beaucoup de volonté

À Kayes, l'une des villes les plus chaudes du pays, l'entraînement se plie au climat. Les séances ont lieu à l'aube ou au coucher du soleil. Le reste de la journée, Adama va à l'école et aide son père, qui tient une boutique de pièces détachées près du marché.

> « Il a quelque chose qu'on ne peut pas apprendre : il sait souffrir sans lâcher. Dans le dernier virage, quand les autres se crispent, lui accélère », explique Mamadou Diawara, professeur d'éducation physique et entraîneur bénévole du club local.

Le matériel reste sommaire. Les haies sont fabriquées par un soudeur du quartier, les pointes passent d'un athlète à l'autre. Le club compte une quarantaine de jeunes, garçons et filles, encadrés par trois bénévoles.

[[lire:marathon-de-bamako-participation-record]]

## Le regard de la fédération

Les responsables de l'athlétisme national ont invité le jeune coureur à un regroupement des meilleurs espoirs à Bamako, prévu pendant les vacances scolaires. L'objectif : évaluer son potentiel et, peut-être, l'intégrer au groupe qui préparera les prochaines compétitions africaines de jeunes.

« On a beaucoup de talents dans les régions, mais ils se perdent souvent faute d'encadrement. Adama doit pouvoir continuer l'école tout en progressant », insiste Mamadou Diawara, qui craint de voir son protégé partir trop tôt.

## Un quartier derrière lui

Dans la famille Sissoko, on suit l'aventure avec un mélange de fierté et de prudence. « Le sport, c'est bien, mais le bac d'abord », glisse sa mère, Fanta Kamissoko, qui a pourtant accroché au mur du salon la médaille ramenée de Bamako.

Adama, lui, a déjà fixé ses objectifs. Il montre du doigt la ligne d'arrivée dessinée à la chaux : « Je veux courir pour le Mali, porter le maillot national. Et un jour, revenir ici pour montrer aux petits que c'est possible. »`,
  },
  {
    slug: 'lutte-traditionnelle-tournoi-segou',
    title: 'Lutte traditionnelle : le tournoi des régions fait salle comble à Ségou',
    standfirst:
      "Pendant trois jours, des lutteurs venus de tout le pays se sont affrontés sur le sable de Ségou. Entre rituels, tambours et combats acharnés, la discipline séduit de nouveau la jeunesse.",
    category: 'sport',
    tags: ['Lutte', 'Ségou', 'Patrimoine', 'Jeunesse'],
    authors: ['ibrahim-traore', 'mariam-sangare'],
    hoursAgo: 21.25,
    cover: {
      motif: 'crowd',
      alt: "Illustration : une foule de spectateurs stylisés rassemblés en cercle",
      caption: 'Plusieurs milliers de spectateurs ont entouré l’arène de sable pendant les trois jours de compétition.',
      credit: 'Illustration Kibaru',
    },
    body: `Le cercle de sable a été arrosé à l'aube, puis ratissé avec soin. Autour, les spectateurs se pressent dès le début de l'après-midi : certains ont pris place sur des bancs, d'autres sur le toit des camionnettes garées à proximité. Au rythme des tambours, les lutteurs entrent dans l'arène, torse nu, bras levés, sous les acclamations.

Pendant trois jours, Ségou a accueilli le tournoi national de lutte traditionnelle, qui réunit les meilleurs combattants des différentes régions du pays. Une soixantaine de lutteurs ont pris part à la compétition, répartis en trois catégories de poids.

## Un sport ancien, une ferveur intacte

Au Mali comme dans une grande partie de l'Afrique de l'Ouest, la lutte est bien plus qu'un sport. Longtemps pratiquée à la fin des récoltes, elle rythmait la vie des villages et permettait aux jeunes hommes de montrer leur force et leur courage.

> « Mon grand-père luttait, mon père aussi. Quand j'entre dans le cercle, je ne suis pas seul : toute ma famille est avec moi », confie Siaka Dembélé, 24 ans, vainqueur de la catégorie des poids lourds.

Les combats, courts et intenses, se gagnent en faisant toucher le sol au dos ou aux deux épaules de l'adversaire. Chaque victoire est saluée par les griots, qui chantent les louanges du vainqueur et de ses ancêtres.

## Des règles modernisées

Ces dernières années, la fédération s'efforce de structurer la discipline : catégories de poids, arbitres formés, contrôle médical avant les combats. Des évolutions qui ont permis d'attirer un public plus large et quelques sponsors.

« Nous voulons garder l'âme de la lutte, les chants, les rituels, tout en offrant aux lutteurs une vraie sécurité et des perspectives », explique Amadou Guindo, membre de l'organisation.

### Les vainqueurs par catégorie

- Poids légers : Brahima Kané (Mopti)
- Poids moyens : Lamine Diarra (Ségou)
- Poids lourds : Siaka Dembélé (Koulikoro)

## Une vitrine pour la jeunesse

Dans les gradins improvisés, de nombreux adolescents suivaient les combats avec attention. Certains fréquentent déjà les clubs de lutte qui ont ouvert dans les quartiers de Ségou, où l'on s'entraîne le soir sur des tas de sable.

« Ici, les jeunes apprennent la discipline et le respect. On se bat dans le cercle, et on se serre la main en sortant », résume Lamine Diarra, champion local des poids moyens, sous les vivats d'un public conquis.

Les organisateurs espèrent désormais accueillir une compétition sous-régionale, pour confronter les meilleurs lutteurs maliens à leurs voisins sénégalais, nigériens ou burkinabè.`,
  },

  // ────────────────────────────── CULTURE ──────────────────────────────
  {
    slug: 'festival-sur-le-niger-segou-ouverture',
    title: 'Festival sur le Niger : Ségou vibre au rythme des musiques du fleuve',
    standfirst:
      "Concerts sur les quais, expositions, pirogues illuminées : le festival s'est ouvert mercredi soir devant une foule nombreuse. Les artisans et hôteliers de la ville espèrent une édition prospère.",
    category: 'culture',
    tags: ['Festival', 'Ségou', 'Musique', 'Patrimoine'],
    authors: ['mariam-sangare'],
    dateline: 'SÉGOU',
    hoursAgo: 5.75,
    cover: {
      motif: 'river',
      alt: 'Illustration : le fleuve Niger au crépuscule, une pirogue glissant sur l’eau',
      caption: 'Les berges du Niger à Ségou accueillent chaque soir la grande scène du festival.',
      credit: 'Illustration Kibaru',
    },
    body: `Les pirogues décorées glissaient lentement sur le fleuve quand les premiers accords ont retenti depuis la grande scène installée sur la berge. Mercredi soir, le Festival sur le Niger a officiellement ouvert ses portes à Ségou, devant plusieurs milliers de spectateurs venus de tout le pays et de la sous-région.

Pendant cinq jours, la « Cité des balanzans » vit au rythme des concerts, des expositions d'art contemporain, des spectacles de marionnettes et des débats. Une programmation qui mêle grands noms de la musique malienne et jeunes talents découverts dans les quartiers.

[[image:river|Illustration : des pirogues sur le Niger et une scène illuminée sur la rive|Le soir de l'ouverture, un défilé de pirogues a précédé les premiers concerts.|Illustration Kibaru]]

## Une ouverture placée sous le signe du fleuve

La cérémonie d'ouverture a rendu hommage au Niger, colonne vertébrale de la région. Pêcheurs bozos, danseurs et marionnettistes se sont succédé dans un spectacle qui racontait la vie le long du fleuve, de la crue à la décrue.

> « Le fleuve nous nourrit, il nous transporte, il nous inspire. Ce festival, c'est notre manière de le remercier », explique Oumar Coulibaly, membre du comité d'organisation.

Sur scène, la jeune chanteuse Awa Kamissoko, originaire de Markala, a conquis le public avec un répertoire qui mêle balafon, guitare électrique et chants bambara. « Je suis venue ici comme spectatrice pendant des années. Me retrouver de l'autre côté, c'est indescriptible », confiait-elle à sa sortie de scène.

## Les artisans au rendez-vous

Le long des quais, un village artisanal accueille potiers, tisserands, sculpteurs et teinturiers. Pour beaucoup, le festival représente une part importante du chiffre d'affaires de l'année.

« Pendant le festival, je vends en une semaine ce que je vends en trois mois. Les visiteurs aiment les pièces faites à la main, ils posent des questions, ils reviennent », se réjouit Safiatou Traoré, potière de Kalabougou, village réputé pour ses jarres en terre cuite situé sur l'autre rive.

Les hôteliers et restaurateurs affichent également un optimisme prudent. Après plusieurs années marquées par une baisse de la fréquentation touristique, ils misent sur le public national et la diaspora.

## Un programme chargé

Parmi les temps forts des prochains jours :

- une nuit de la musique mandingue sur la grande scène ;
- une exposition de peintres et photographes ségoviens au centre culturel ;
- des ateliers d'initiation au bogolan pour les enfants ;
- une course de pirogues entre équipes de pêcheurs.

[[lire:album-wassoulou-assitan-diakite]]

La clôture est prévue dimanche soir, avec un grand concert réunissant plusieurs générations d'artistes. D'ici là, Ségou ne dormira pas beaucoup.`,
  },
  {
    slug: 'album-wassoulou-assitan-diakite',
    title: "Musique : avec « Kònò », Assitan Diakité donne un souffle neuf au Wassoulou",
    standfirst:
      "Trois ans après son premier disque, la chanteuse originaire de Yanfolila publie un album où le kamalen ngoni dialogue avec la kora et les synthétiseurs. Un disque engagé, qui parle des femmes et de l'exode des jeunes.",
    category: 'culture',
    tags: ['Musique', 'Femmes', 'Wassoulou', 'Bamako'],
    authors: ['mariam-sangare'],
    hoursAgo: 44.25,
    cover: {
      motif: 'drums',
      alt: 'Illustration : des djembés alignés et des instruments de musique traditionnels',
      caption: 'Enregistré à Bamako, « Kònò » mêle instruments traditionnels du Wassoulou et sonorités électroniques.',
      credit: 'Illustration Kibaru',
    },
    body: `Il y a d'abord le son sec et entêtant du kamalen ngoni, la harpe-luth des jeunes chasseurs, puis la voix d'Assitan Diakité, ample et légèrement voilée, qui s'élève au-dessus des percussions. Dès le premier titre, *Kònò* (« l'oiseau » en bambara) annonce la couleur : un album profondément ancré dans la tradition du Wassoulou, mais résolument tourné vers son époque.

Originaire de Yanfolila, dans le sud du pays, la chanteuse de 31 ans a grandi en écoutant les grandes voix de cette musique née dans les villages du Wassoulou, portée depuis des décennies par des femmes au verbe franc. Elle en revendique l'héritage, tout en y ajoutant sa propre signature.

## Une kora et des machines

Pour ce deuxième album, enregistré dans un studio de Bamako, Assitan Diakité s'est entourée du koraïste Lassana Cissoko et d'un jeune producteur, Ibrahim « Ibou » Kanté, habitué des scènes de musique électronique de la capitale. Le résultat surprend : les boucles synthétiques s'effacent souvent derrière les instruments acoustiques, mais donnent aux morceaux une profondeur nouvelle.

> « Je ne voulais pas trahir le Wassoulou. Mais les jeunes de Bamako écoutent aussi du rap et de l'afrobeat. Je voulais qu'ils reconnaissent la musique de leurs grands-mères dans quelque chose qui leur ressemble », explique la chanteuse, rencontrée dans sa maison du quartier de Djélibougou.

## Des chansons qui dérangent

Fidèle à la tradition d'une musique qui n'a jamais craint d'aborder les sujets sensibles, l'album parle sans détour des mariages précoces, de la place des femmes dans la famille et de l'exode des jeunes vers l'Europe.

Le titre *Taama* (« le voyage ») raconte l'histoire d'une mère qui attend des nouvelles de son fils parti tenter la traversée. « Cette chanson, je l'ai écrite après avoir rencontré une femme à Yanfolila. Elle n'avait plus de nouvelles depuis deux ans. Elle chantait pour ne pas devenir folle », confie Assitan Diakité.

### Les titres à retenir

- *Kònò*, morceau-titre lumineux porté par la kora ;
- *Taama*, ballade bouleversante sur l'exil ;
- *Musow*, hymne dansant dédié aux femmes rurales ;
- *Sigida*, hommage au village natal de la chanteuse.

## Une tournée en préparation

L'album est disponible sur les plateformes de streaming et en CD dans quelques boutiques de Bamako. Un concert de lancement est prévu le mois prochain au Palais de la culture, avant une tournée qui doit passer par Sikasso, Ségou et Kayes.

« Le Wassoulou est né dans les villages. Je veux aussi que mes chansons y retournent », conclut-elle.`,
  },
  {
    slug: 'rencontres-de-bamako-biennale-photographie',
    title: 'Rencontres de Bamako : la biennale de la photographie africaine interroge la mémoire des villes',
    standfirst:
      "Une quarantaine de photographes du continent et de la diaspora exposent leurs travaux dans plusieurs lieux de la capitale. Cette édition explore la manière dont les villes africaines se transforment et se racontent.",
    category: 'culture',
    tags: ['Bamako', 'Photographie', 'Festival', 'Patrimoine'],
    authors: ['mariam-sangare'],
    dateline: 'BAMAKO',
    source: { name: 'AFP' },
    hoursAgo: 98.75,
    cover: {
      motif: 'city',
      alt: 'Illustration : la silhouette de Bamako, ses immeubles et un pont sur le fleuve',
      caption: 'La ville elle-même est au cœur de cette édition des Rencontres de Bamako.',
      credit: 'Illustration Kibaru',
    },
    body: `Dans les salles du Musée national du Mali, les visiteurs avancent lentement, s'arrêtent, reviennent sur leurs pas. Sur les murs, des tirages grand format montrent des chantiers à Lagos, des marchés de nuit à Dakar, des cours familiales de Bamako saisies au petit matin. Les Rencontres de Bamako, biennale africaine de la photographie, ont ouvert leurs portes au public ce week-end.

Créé au début des années 1990, l'événement est devenu l'un des principaux rendez-vous de la photographie sur le continent. Il a contribué à faire connaître, bien au-delà des frontières du Mali, le travail des maîtres du portrait en studio qui ont fait la réputation de la capitale.

## La ville comme sujet

Cette édition s'intéresse aux villes africaines, à leur croissance rapide et à ce qu'elles gardent, ou perdent, de leur mémoire. Quartiers démolis, maisons familiales agrandies étage par étage, fleuves bordés de nouvelles constructions : les photographes sélectionnés documentent des transformations que les habitants vivent au quotidien.

> « Bamako change si vite que mes propres photos d'il y a dix ans sont déjà des archives. J'ai voulu retourner aux mêmes endroits, aux mêmes heures, pour montrer ce qui a disparu », explique Salif Berthé, jeune photographe bamakois dont la série sur le quartier de Bagadadji est l'une des plus commentées.

## Des lieux dispersés dans la capitale

Outre le Musée national, les expositions sont réparties dans plusieurs lieux, dont des centres culturels, des galeries privées et même des espaces publics. Des tirages ont été installés sur les grilles de certains jardins, pour aller à la rencontre de ceux qui ne franchissent pas la porte des musées.

« Je suis passé ici par hasard, en allant au travail. J'ai reconnu la rue où j'ai grandi sur une photo. Ça fait quelque chose », raconte Youssouf Diallo, mécanicien, arrêté devant un panneau près du fleuve.

## Une vitrine pour les jeunes

La biennale fait aussi une large place à la formation. Des ateliers de lecture de portfolios permettent aux jeunes photographes de présenter leur travail à des commissaires et éditeurs venus de plusieurs pays. Pour beaucoup, c'est l'occasion d'obtenir une première exposition à l'étranger.

Kadiatou Fofana, 24 ans, photographe autodidacte venue de Sikasso, a présenté une série sur les vendeuses de légumes de sa ville. « On m'a dit que mon regard était juste. Pour quelqu'un qui a appris seule avec un téléphone, c'est énorme », souffle-t-elle.

Les expositions restent ouvertes au public pendant plusieurs semaines. L'entrée est gratuite pour les élèves et les étudiants, et des visites guidées en bambara et en français sont proposées le week-end.`,
  },
  {
    slug: 'manuscrits-tombouctou-atelier-restauration',
    title: 'Tombouctou : un atelier de restauration redonne vie aux manuscrits anciens',
    standfirst:
      "Dans un atelier discret de la vieille ville, une équipe de restaurateurs consolide, nettoie et numérise des manuscrits vieux de plusieurs siècles. Un travail minutieux pour préserver un patrimoine inestimable.",
    category: 'culture',
    tags: ['Tombouctou', 'Patrimoine', 'Manuscrits', 'Littérature'],
    authors: ['seydou-dembele'],
    dateline: 'TOMBOUCTOU',
    source: { name: 'Studio Tamani', url: 'https://www.studiotamani.org' },
    hoursAgo: 31.25,
    updatedHoursAgo: 27.75,
    cover: {
      motif: 'book',
      alt: 'Illustration : un livre ancien ouvert, aux pages couvertes d’écriture',
      caption: 'Les manuscrits de Tombouctou couvrent l’astronomie, le droit, la médecine, la poésie et la théologie.',
      credit: 'Illustration Kibaru',
    },
    body: `Une lumière douce filtre par la fenêtre grillagée. Penché sur une table recouverte de papier buvard, Alhousseini Maïga soulève délicatement un feuillet jauni à l'aide d'une fine spatule. Le texte, écrit à l'encre noire et rouge, date probablement du XVIIe siècle. « Ici, on ne se presse jamais. Un geste trop rapide, et c'est une page de l'histoire qui se déchire », murmure-t-il.

Dans cet atelier installé au cœur de la vieille ville de Tombouctou, une douzaine de restaurateurs travaillent chaque jour à la sauvegarde des manuscrits anciens, conservés depuis des générations par les familles de la cité et par les institutions publiques, dont l'Institut des hautes études et de recherches islamiques Ahmed-Baba.

## Un patrimoine fragile

Les manuscrits de Tombouctou témoignent du rayonnement intellectuel de la ville, carrefour du commerce transsaharien et haut lieu du savoir. On y trouve des traités d'astronomie, de mathématiques, de droit, de médecine, mais aussi des poèmes, des correspondances et des actes commerciaux.

Ces documents sont menacés par la chaleur, la poussière, les insectes et l'humidité. Une partie importante a été mise à l'abri à Bamako lors de la crise de 2012, et les familles propriétaires restent attentives aux conditions de leur conservation.

[[image:book|Illustration : un manuscrit ancien ouvert sur une table de travail|Chaque feuillet est nettoyé, consolidé puis placé dans une boîte de conservation sur mesure.|Illustration Kibaru]]

## Du pinceau au scanner

Le travail suit plusieurs étapes précises :

1. le dépoussiérage, feuillet par feuillet, au pinceau doux ;
2. la consolidation des pages abîmées avec du papier japonais ;
3. la fabrication de boîtes de conservation sans acide ;
4. la numérisation, qui permet aux chercheurs de consulter les textes sans manipuler les originaux.

> « Chaque famille qui nous confie un manuscrit nous confie une partie de sa mémoire. Nous le lui rendons dans une boîte, avec une copie numérique. C'est un pacte de confiance », souligne Fatoumata Cissé, responsable de l'atelier.

Plusieurs jeunes de Tombouctou ont été formés à ces techniques ces dernières années, avec l'appui de partenaires nationaux et internationaux. La ville, dont plusieurs monuments sont inscrits sur la liste du patrimoine mondial de l'[Unesco](https://www.unesco.org), reste attachée à la transmission de ces savoir-faire.

## Des difficultés persistantes

Le travail n'est pourtant pas simple. Les coupures d'électricité compliquent la numérisation, et l'acheminement de certains matériaux depuis Bamako peut prendre des semaines.

« Le papier japonais, les colles spéciales, tout vient de loin. Quand la route est difficile, nous attendons », explique Alhousseini Maïga, qui n'en garde pas moins le sourire.

[[lire:prix-litteraire-romanciere-fanta-bagayoko]]

Pour ce restaurateur qui a commencé comme simple gardien des bibliothèques familiales, l'essentiel est ailleurs : « Ces textes prouvent qu'ici, il y a cinq siècles, on écrivait, on débattait, on enseignait. Les préserver, c'est rappeler aux jeunes d'où ils viennent. »`,
  },
  {
    slug: 'prix-litteraire-romanciere-fanta-bagayoko',
    title: 'Littérature : la romancière Fanta Bagayoko distinguée pour « Les Saisons de Kangaba »',
    standfirst:
      "Le prix Kanaga du roman a été décerné samedi à Bamako à l'autrice malienne pour son troisième livre, une fresque familiale sur trois générations de femmes du Mandé.",
    category: 'culture',
    tags: ['Littérature', 'Femmes', 'Bamako'],
    authors: ['mariam-sangare'],
    hoursAgo: 250.25,
    cover: {
      motif: 'book',
      alt: 'Illustration : un livre ouvert aux pages légèrement relevées',
      caption: '« Les Saisons de Kangaba » est le troisième roman de Fanta Bagayoko.',
      credit: 'Illustration Kibaru',
    },
    body: `La salle de conférence était comble et l'émotion palpable lorsque le président du jury a prononcé son nom. Samedi soir, à Bamako, la romancière Fanta Bagayoko a reçu le prix Kanaga du roman pour *Les Saisons de Kangaba*, publié en début d'année chez un éditeur bamakois.

À 44 ans, cette enseignante de lettres au lycée signe avec ce troisième roman son livre le plus ambitieux. Près de quatre cents pages pour raconter, de l'indépendance à nos jours, la vie de trois femmes d'une même famille du Mandé : une grand-mère cultivatrice, une mère partie étudier à Bamako, une fille installée à Paris.

## Une fresque intime et politique

Le roman suit le fil des saisons agricoles, qui rythment chacune de ses parties. À travers ses personnages, l'autrice aborde l'exode rural, les bouleversements de la société malienne, l'école, le mariage et les migrations, sans jamais perdre de vue l'intimité de ses héroïnes.

> « J'ai voulu écrire sur ces femmes que l'on ne voit pas dans les livres d'histoire, mais qui ont tenu les familles debout pendant que tout changeait autour d'elles », a déclaré Fanta Bagayoko en recevant son prix.

Le jury, composé d'écrivains, d'universitaires et de libraires, a salué « une langue précise et sensible, nourrie des proverbes et des chants du Mandé, qui fait entendre des voix trop souvent oubliées ».

## Le bambara dans le français

L'une des singularités du livre tient à sa langue. Fanta Bagayoko glisse dans son français des expressions, des proverbes et des chansons en bambara, qu'elle choisit de ne pas toujours traduire.

« Ma grand-mère ne parlait pas français. Si je l'avais fait parler comme une Parisienne, j'aurais menti. Le lecteur doit accepter de ne pas tout comprendre, comme on ne comprend pas tout dans une famille », explique-t-elle.

Ce parti pris a séduit les lecteurs. Le libraire bamakois Yacouba Traoré assure avoir vendu plusieurs centaines d'exemplaires depuis la sortie du livre, « un chiffre rare pour un roman malien ». Des clubs de lecture se sont formés dans plusieurs lycées de la capitale.

## Un encouragement pour l'édition locale

Les acteurs du livre voient dans cette distinction un signal positif pour l'édition malienne, confrontée au coût élevé de l'impression et à la faiblesse du réseau de librairies en dehors de Bamako.

« Quand un livre édité ici est primé, cela montre qu'on n'a pas besoin de passer par Paris pour exister », se réjouit Oumou Koné, éditrice.

Le prix s'accompagne d'une dotation et d'une tournée de rencontres dans les bibliothèques régionales. Fanta Bagayoko compte commencer par Kangaba, le village de sa grand-mère. « C'est là que tout a commencé. C'est là que je dois d'abord rendre le livre. »`,
  },
  {
    slug: 'bogolan-artistes-exposition-bamako',
    title: "Bogolan : de jeunes artistes réinventent la tradition du tissu teint à la boue",
    standfirst:
      "Une exposition réunit à Bamako une dizaine de créateurs qui font du bogolan un art contemporain. Entre techniques ancestrales et motifs inédits, ils espèrent aussi faire vivre les artisans qui préparent les teintures.",
    category: 'culture',
    tags: ['Bogolan', 'Artisanat', 'Bamako', 'Patrimoine', 'Femmes'],
    authors: ['mariam-sangare'],
    hoursAgo: 420.25,
    cover: {
      motif: 'market',
      alt: 'Illustration : des étals de marché abrités sous des parasols colorés',
      caption: 'Sur les marchés de Bamako, le bogolan se vend en pagnes, en coussins et en vêtements.',
      credit: 'Illustration Kibaru',
    },
    body: `Sur les murs blancs du Palais de la culture Amadou-Hampâté-Bâ, les toiles brunes, ocre et noires attirent immédiatement le regard. Certaines reprennent les motifs géométriques hérités des anciens, d'autres représentent des visages, des scènes de rue ou même des plans de Bamako. Toutes ont été réalisées selon la même technique : celle du bogolan, le tissu de coton teint à l'aide de décoctions de feuilles et de boue fermentée.

L'exposition, ouverte jusqu'à la fin du mois, réunit une dizaine d'artistes âgés de 25 à 45 ans, rassemblés au sein du collectif Wolo, qui signifie « naissance » en bambara.

## Une technique patiente

Fabriquer un bogolan demande du temps. Le tissu, filé et tissé à la main, est d'abord trempé dans une décoction de feuilles qui lui donne une teinte jaune. Les motifs sont ensuite dessinés à la boue, longuement fermentée dans des jarres, puis le tissu est lavé et séché. L'opération peut être répétée plusieurs fois pour obtenir des contrastes plus profonds.

> « La boue, c'est notre peinture. On ne peut pas effacer, pas corriger. Chaque trait est définitif, comme dans la vie », explique Drissa Kanté, fondateur du collectif, qui a appris la technique auprès de sa tante dans la région de San.

## Du symbole au tableau

Traditionnellement, les motifs du bogolan portaient des significations précises : protection, fertilité, statut social, événements historiques. Les jeunes artistes en conservent certains, mais n'hésitent pas à créer leur propre vocabulaire.

Aïssata Doumbia, 27 ans, expose une série de grands formats consacrés aux femmes vendeuses de Bamako. « Je dessine les marchés, les motos, les téléphones. Le bogolan a toujours raconté son époque. Pourquoi s'arrêterait-il aujourd'hui ? », interroge-t-elle.

### Les motifs revisités

Parmi les pièces les plus remarquées :

- un plan du fleuve Niger entièrement dessiné à la boue ;
- une série de portraits de griots réalisés au pinceau fin ;
- une installation de bandes de tissu suspendues au plafond.

## Faire vivre toute une filière

Au-delà de la création, le collectif veut soutenir les femmes qui filent le coton, les tisserands et les teinturières dont dépend la fabrication du bogolan. Une partie des ventes leur est reversée, et des ateliers sont organisés pour transmettre la technique aux plus jeunes.

« Si les artistes deviennent célèbres mais que les fileuses abandonnent, il n'y aura plus de bogolan dans vingt ans », prévient Drissa Kanté.

Les organisateurs espèrent présenter l'exposition à Ségou et à Sikasso dans les prochains mois, puis à l'étranger. Certaines œuvres ont déjà été acquises par des collectionneurs maliens et par des centres culturels de la sous-région.`,
  },

  // ────────────────────────────── SOCIÉTÉ ──────────────────────────────
  {
    slug: 'rentree-scolaire-bamako-classes-surchargees',
    title: 'Rentrée scolaire : à Bamako, des classes pleines et des parents sous pression',
    standfirst:
      "Des milliers d'élèves ont repris le chemin de l'école ce lundi. Dans la capitale, directeurs et enseignants composent avec des effectifs élevés, tandis que les familles peinent à boucler le budget des fournitures.",
    category: 'societe',
    tags: ['Éducation', 'Jeunesse', 'Bamako'],
    authors: ['mariam-sangare'],
    dateline: 'BAMAKO',
    hoursAgo: 1.75,
    cover: {
      motif: 'school',
      alt: 'Illustration : une salle de classe avec un tableau noir, des pupitres et des livres',
      caption: 'Dans plusieurs écoles publiques de Bamako, les classes dépassent largement les effectifs recommandés.',
      credit: 'Illustration Kibaru',
    },
    body: `Dès sept heures, les abords de l'école fondamentale de Badalabougou ressemblaient à une ruche. Uniformes repassés, sacs neufs ou hérités d'un grand frère, parents pressés de rejoindre leur travail : la rentrée scolaire a eu lieu ce lundi dans l'ensemble du pays, et la capitale n'a pas échappé à l'effervescence des grands jours.

Dans la cour, les enseignants appelaient les élèves par leur nom, liste à la main, avant de les conduire vers des salles déjà bien remplies.

## Des effectifs qui débordent

Le problème n'est pas nouveau, mais il reste aigu. Dans plusieurs établissements publics de Bamako, certaines classes dépassent les quatre-vingts élèves, en particulier dans les quartiers périphériques où la population augmente rapidement.

> « J'ai quatre-vingt-sept élèves en deuxième année. Pour les faire tous lire à voix haute une fois par semaine, il faut déjà s'organiser. Mais on fait avec, parce que ces enfants comptent sur nous », témoigne Aminata Togola, institutrice depuis quinze ans.

Le directeur de l'établissement, Bréhima Sanogo, salue l'arrivée de tables-bancs supplémentaires, livrées pendant les vacances. Il réclame néanmoins la construction de nouvelles salles : « On peut ajouter des bancs, mais on ne peut pas pousser les murs. »

## Le casse-tête des fournitures

Pour les familles, la rentrée représente aussi une lourde dépense. Cahiers, stylos, ardoises, uniformes, frais d'inscription et cotisations : la facture grimpe vite, surtout pour les parents qui ont plusieurs enfants scolarisés.

Au Grand Marché, les vendeurs de fournitures ont été pris d'assaut ces derniers jours. « Avec quatre enfants, j'ai dû acheter petit à petit depuis un mois. Cette année, les cahiers ont encore augmenté », explique Koniba Diarra, mère de famille venue de Niamakoro.

### Ce que coûte une rentrée, selon des parents interrogés

- cahiers et petites fournitures : plusieurs milliers de francs CFA par enfant ;
- uniforme : souvent confectionné par un tailleur du quartier ;
- cotisations de l'association des parents d'élèves, variables selon les écoles.

## Le privé, une alternative coûteuse

Face aux classes surchargées du public, de nombreux parents se tournent vers les écoles privées, dont le nombre a fortement augmenté à Bamako. Mais les frais de scolarité y restent hors de portée de beaucoup de ménages, et la qualité varie fortement d'un établissement à l'autre.

[[lire:campagne-vaccination-rougeole-mopti]]

À Badalabougou, la matinée s'est achevée par le lever des couleurs et l'hymne national, entonné par des centaines de voix d'enfants. « Le premier jour, ils sont tous sages. Demain, le vrai travail commence », sourit Aminata Togola en refermant la porte de sa classe.`,
  },
  {
    slug: 'campagne-vaccination-rougeole-mopti',
    title: 'Santé : une campagne de vaccination contre la rougeole lancée dans la région de Mopti',
    standfirst:
      "Pendant dix jours, des équipes mobiles vont sillonner les villages et les campements de la région pour vacciner les enfants de moins de cinq ans. Les agents de santé comptent sur les relais communautaires pour convaincre les familles.",
    category: 'societe',
    tags: ['Santé', 'Mopti', 'Jeunesse'],
    authors: ['mariam-sangare'],
    source: { name: 'ORTM' },
    hoursAgo: 62.75,
    updatedHoursAgo: 50.25,
    cover: {
      motif: 'health',
      alt: 'Illustration : un centre de santé marqué d’une croix, sous un ciel dégagé',
      caption: 'Les centres de santé communautaires servent de points de départ aux équipes de vaccination.',
      credit: 'Illustration Kibaru',
    },
    body: `Sous un hangar du centre de santé communautaire de Sévaré, les mères patientent, leurs enfants sur les genoux ou attachés dans le dos. Une infirmière vérifie les carnets, une autre prépare les seringues, une troisième marque d'un trait de feutre le petit doigt de chaque enfant vacciné. La campagne de vaccination contre la rougeole a été lancée samedi dans la région de Mopti.

Pendant dix jours, les équipes des districts sanitaires doivent atteindre les enfants âgés de neuf mois à cinq ans, dans les villes comme dans les zones rurales les plus reculées.

## Une maladie toujours redoutée

La rougeole, très contagieuse, peut entraîner des complications graves chez les jeunes enfants, en particulier lorsqu'ils souffrent de malnutrition. Plusieurs foyers épidémiques ont été signalés ces derniers mois dans différents districts, ce qui a conduit les autorités sanitaires à organiser cette campagne de rattrapage.

> « Un seul enfant malade peut en contaminer des dizaines d'autres dans une concession. La vaccination, c'est la seule protection vraiment efficace, et elle est gratuite », rappelle le docteur Hamadoun Cissé, médecin-chef d'un district sanitaire de la région.

Selon l'[Organisation mondiale de la santé](https://www.who.int), une couverture vaccinale très élevée est nécessaire pour interrompre la transmission de la maladie. Or, dans certaines zones de la région, les difficultés d'accès et les déplacements de population ont fait baisser la vaccination de routine.

## Pirogues, motos et relais communautaires

Pour atteindre les villages isolés du delta intérieur du Niger, les équipes utilisent tous les moyens disponibles : motos, charrettes, et même pirogues pour rejoindre les hameaux entourés d'eau. Les vaccins sont transportés dans des glacières pour respecter la chaîne du froid.

Les relais communautaires jouent un rôle clé. Connus de tous, ils passent de porte en porte la veille de l'arrivée des vaccinateurs pour informer les familles et répondre à leurs inquiétudes.

« Certaines mamans ont peur de la fièvre après le vaccin. Je leur explique que c'est normal et que ça passe en un jour ou deux. Quand elles voient que mes propres enfants sont vaccinés, elles ont confiance », raconte Aïssata Barry, relais communautaire à Socoura.

## Les consignes aux parents

Les agents de santé rappellent quelques règles simples :

- présenter tous les enfants de la tranche d'âge, même ceux déjà vaccinés ;
- apporter le carnet de santé lorsqu'il existe ;
- consulter un centre de santé en cas de fièvre persistante ou d'éruption cutanée.

*Mise à jour : selon la direction régionale de la santé, plus du tiers des enfants ciblés avaient été vaccinés à l'issue des trois premiers jours de campagne.*`,
  },
  {
    slug: 'cooperative-beurre-karite-femmes-sikasso',
    title: 'Karité : à Sikasso, une coopérative de femmes mise sur la qualité pour exporter son beurre',
    standfirst:
      "Près de Sikasso, quelque deux cents femmes regroupées en coopérative transforment les noix de karité en un beurre désormais vendu à l'étranger. Une réussite qui a changé la vie de plusieurs villages.",
    category: 'societe',
    tags: ['Femmes', 'Sikasso', 'Karité', 'Agriculture'],
    authors: ['mariam-sangare', 'fatoumata-coulibaly'],
    dateline: 'SIKASSO',
    hoursAgo: 580.25,
    cover: {
      motif: 'market',
      alt: 'Illustration : des étals de marché sous des parasols, chargés de produits locaux',
      caption: 'Le beurre de karité de la coopérative est vendu sur les marchés de Sikasso et exporté en partie.',
      credit: 'Illustration Kibaru',
    },
    body: `L'odeur du karité chaud flotte sur toute la cour. Autour de grandes bassines, une vingtaine de femmes barattent à la main une pâte brune qui, peu à peu, blanchit et s'épaissit. Plus loin, d'autres font sécher des amandes sur des claies ou surveillent le feu sous de larges marmites. Nous sommes au siège de la coopérative Benkadi, à une quinzaine de kilomètres de Sikasso.

Créée il y a une dizaine d'années par une poignée de femmes de trois villages voisins, la coopérative compte aujourd'hui près de deux cents membres. Son beurre de karité, autrefois vendu au détail sur les marchés locaux, est désormais exporté en partie vers des fabricants de cosmétiques.

## De la cueillette à la baratte

Tout commence en brousse, au début de la saison des pluies, lorsque les fruits du karité tombent au pied des arbres. Les femmes les ramassent, retirent la pulpe, font bouillir et sécher les noix, puis les concassent avant de les torréfier et de les moudre.

> « Avant, chacune travaillait dans son coin et vendait au premier acheteur venu, au prix qu'il voulait. Ensemble, nous avons appris à trier les noix, à respecter l'hygiène, et surtout à négocier », raconte Sitan Ouattara, présidente de la coopérative.

## La qualité, clé de l'export

Pour accéder aux marchés étrangers, la coopérative a dû investir dans un équipement de base : un moulin, des bâches de séchage, des fûts fermés pour le stockage. Des formations ont été organisées avec l'appui de partenaires, dont des programmes soutenus par l'[Organisation des Nations unies pour l'alimentation et l'agriculture](https://www.fao.org).

Le résultat est tangible : le beurre certifié se vend nettement plus cher que celui des marchés locaux. Les membres perçoivent leur part en fonction des quantités livrées, et une partie des bénéfices alimente une caisse commune.

### Ce que la caisse a financé

- l'achat d'un second moulin pour réduire la pénibilité du travail ;
- des bourses pour les filles des membres inscrites au lycée ;
- un fonds d'urgence pour les frais de santé ;
- l'alphabétisation des adhérentes, deux soirs par semaine.

[[lire:mobile-money-microfinance-zones-rurales]]

## Des arbres à protéger

La principale menace vient de la coupe des karités pour le bois de chauffe et la fabrication de charbon. Les femmes de la coopérative ont obtenu des chefs de village l'interdiction d'abattre les arbres sur leurs terroirs, et plantent chaque année de jeunes plants.

« Un karité met des années avant de donner ses premiers fruits. Celui qui le coupe pour faire du charbon vole le beurre de ses petits-enfants », insiste Sitan Ouattara.

Pour Awa Sanogo, 38 ans, membre depuis les débuts, la coopérative a changé bien plus que ses revenus : « Aujourd'hui, je paie la scolarité de mes enfants sans demander à personne. Et quand je parle aux réunions du village, on m'écoute. »`,
  },
]
