import type { SeedArticle } from './types'

// Demo content, part A: politique, sécurité, international and a few société stories.
// Fictional news, written for Kibaru. Every quoted person is invented.

export const articlesA: SeedArticle[] = [
  // ───────────────────────────── POLITIQUE ─────────────────────────────
  {
    slug: 'remaniement-gouvernement-transition-nouvelle-equipe',
    title: 'Remaniement ministériel : un gouvernement de Transition resserré, cinq nouveaux visages',
    standfirst:
      "Annoncé dans la soirée à la télévision nationale, le nouveau gouvernement compte vingt-quatre membres contre vingt-huit auparavant. L'Énergie et l'Eau sont fusionnées, l'Éducation change de titulaire, tandis que les ministères régaliens restent inchangés.",
    category: 'politique',
    tags: ['Transition', 'Assimi Goïta', 'Bamako', 'Énergie', 'Éducation'],
    authors: ['aminata-diallo'],
    dateline: 'BAMAKO',
    hoursAgo: 3,
    updatedHoursAgo: 1.5,
    featured: true,
    cover: {
      motif: 'assembly',
      alt: "Illustration : un hémicycle aux rangées de sièges disposées en arc de cercle",
      caption: "Le nouveau gouvernement de Transition compte vingt-quatre ministres, dont cinq nouveaux entrants.",
      credit: 'Illustration Kibaru',
    },
    body: `Le décret a été lu peu après 21 heures sur les antennes de l'ORTM par le secrétaire général de la présidence. Signé par le président de la Transition, le général Assimi Goïta, il fixe la composition d'une équipe gouvernementale ramenée à **vingt-quatre ministres**, contre vingt-huit dans la formation sortante. Le Premier ministre est reconduit dans ses fonctions.

Attendu depuis plusieurs semaines dans les cercles politiques de la capitale, ce remaniement intervient à l'issue de la session budgétaire du Conseil national de Transition (CNT). Il s'accompagne d'une réorganisation de l'architecture gouvernementale, présentée dans le communiqué officiel comme une recherche de « cohérence » et d'« économie de moyens ».

## Des départements regroupés

Le resserrement passe d'abord par la fusion de plusieurs portefeuilles. Parmi les principaux changements :

- l'Énergie et l'Eau sont réunies au sein d'un même ministère, confié à Kadiatou Sidibé, ingénieure hydraulicienne jusqu'ici à la tête d'une agence publique de l'hydraulique villageoise ;
- la Décentralisation rejoint l'Administration territoriale, qui hérite ainsi du suivi des transferts de compétences aux régions ;
- l'Enseignement supérieur et la Recherche scientifique sont rattachés à l'Éducation nationale ;
- la Jeunesse et les Sports retrouvent un ministère unique, après une brève séparation.

Les départements de la Défense, de la Sécurité, des Affaires étrangères et de l'Économie conservent leurs titulaires, un signe de continuité sur les dossiers jugés prioritaires par les autorités de la Transition.

## Cinq nouveaux visages

Cinq personnalités font leur entrée au gouvernement, dont deux femmes. Outre Kadiatou Sidibé, on note l'arrivée à l'Éducation nationale de Lamine Coulibaly, ancien directeur d'académie à Sikasso, et celle d'Hamidou Tounkara à l'Administration territoriale et à la Décentralisation, préfet de carrière passé par les cercles de Kayes et de Ségou. Trois ministres quittent l'équipe ; aucun motif n'a été avancé pour leur départ.

> « Ce gouvernement est construit pour gérer l'urgence : l'électricité, l'eau, l'école. Les profils techniques l'emportent nettement sur les profils politiques, ce qui en dit long sur les attentes de l'opinion », analyse Boubacar Sanogo, enseignant-chercheur en science politique à Bamako.

Les délestages électriques, qui pèsent lourdement sur les ménages comme sur les petites entreprises, figurent en tête des préoccupations. La fusion de l'Énergie et de l'Eau doit permettre, selon une source proche de la primature, de mieux coordonner la production d'électricité et le pompage de l'eau potable, étroitement liés en saison chaude.

## Premier Conseil des ministres attendu cette semaine

Les passations de service doivent se tenir dans les prochains jours. Le premier Conseil des ministres de la nouvelle équipe est annoncé pour la fin de la semaine, avec à l'ordre du jour la préparation de la rentrée scolaire et l'examen de plusieurs textes d'application de la loi sur la décentralisation récemment adoptée par le CNT.

[[lire:cnt-adopte-loi-transfert-competences-regions]]

Dans les grins de Bamako, les commentaires allaient bon train dès l'annonce. Beaucoup retiennent surtout la réduction du nombre de ministères, perçue comme un geste de rigueur budgétaire. Reste à savoir si la nouvelle équipe saura traduire ce resserrement en résultats concrets dans les mois à venir.`,
  },
  {
    slug: 'cnt-adopte-loi-transfert-competences-regions',
    title: 'Décentralisation : le CNT adopte la loi sur le transfert de compétences aux régions',
    standfirst:
      "Votée à une large majorité, la nouvelle loi confie aux conseils régionaux la gestion des lycées, des centres de santé de référence et d'une partie des routes. Reste à transférer les moyens financiers, préviennent les élus locaux.",
    category: 'politique',
    tags: ['Transition', 'Décentralisation', 'Éducation', 'Santé', 'Gao'],
    authors: ['aminata-diallo'],
    source: { name: 'AMAP', url: 'https://www.amap.ml' },
    hoursAgo: 20,
    cover: {
      motif: 'assembly',
      alt: "Illustration : un hémicycle vu de face, avec ses pupitres alignés",
      caption: "Le Conseil national de Transition a adopté le texte au terme d'un débat de près de six heures.",
      credit: 'Illustration Kibaru',
    },
    body: `Réunis en séance plénière, les membres du Conseil national de Transition (CNT) ont adopté le projet de loi portant transfert de compétences et de ressources de l'État aux collectivités territoriales. Le texte a recueilli **121 voix pour**, 4 contre et 3 abstentions, au terme d'un débat de près de six heures.

Préparé depuis plus d'un an par le ministère chargé de la Décentralisation, le projet avait été amendé en commission pour préciser le calendrier des transferts et les mécanismes de contrôle. Plusieurs conseillers ont salué « une étape attendue depuis longtemps » par les élus locaux, tout en appelant à la vigilance sur sa mise en œuvre.

## Ce que prévoit le texte

La loi organise le transfert aux conseils régionaux et communaux d'un ensemble de missions jusqu'ici exercées par les services centraux de l'État :

- la construction et l'entretien des lycées et des centres de formation professionnelle ;
- la gestion des centres de santé de référence, en lien avec les directions régionales de la santé ;
- l'entretien des routes et pistes rurales d'intérêt régional ;
- la gestion des points d'eau et des petits ouvrages hydrauliques.

Les agents de l'État affectés à ces missions pourront être mis à la disposition des collectivités, qui conserveront la possibilité de recruter leur propre personnel dans la limite de leurs budgets.

### Un calendrier étalé sur trois ans

Les transferts se feront par étapes. L'éducation et l'hydraulique ouvrent la marche dès le prochain exercice budgétaire, la santé suivra l'année suivante, et les routes au cours de la troisième année. Un comité national de suivi, associant l'État, les régions et les communes, devra rendre compte chaque semestre de l'avancée du processus.

## La question des moyens reste entière

Dans les régions, l'adoption du texte est accueillie avec satisfaction, mais aussi avec prudence. Les élus rappellent que les précédentes vagues de décentralisation ont souvent transféré des charges sans les financements correspondants.

> « Nous voulons bien gérer les lycées et les centres de santé, mais il faut que l'argent suive. Une compétence sans ressources, c'est une dette qu'on nous laisse », résume Hamidou Maïga, vice-président du conseil régional de Gao.

La loi prévoit qu'au moins **15 % des recettes budgétaires de l'État** soient à terme transférées aux collectivités, un objectif inscrit depuis plusieurs années dans les textes mais jamais atteint. Le gouvernement devra présenter chaque année au CNT un rapport détaillant les montants effectivement versés.

Le texte doit désormais être promulgué avant sa publication au *Journal officiel*. Plusieurs décrets d'application sont attendus dans les prochains mois pour en préciser les modalités pratiques, notamment la répartition des agents entre l'État et les collectivités.`,
  },
  {
    slug: 'sommet-aes-bamako-prepare-accueil-chefs-etat',
    title: "Sommet de l'AES : Bamako se prépare à accueillir les chefs d'État de la Confédération",
    standfirst:
      "Sécurité renforcée, plan de circulation spécial et centre de presse en construction : la capitale malienne met la dernière main à l'organisation du prochain sommet de la Confédération des États du Sahel, attendu en fin de semaine.",
    category: 'politique',
    tags: ['AES', 'Assimi Goïta', 'Bamako', 'Niger', 'Burkina Faso'],
    authors: ['aminata-diallo'],
    hoursAgo: 33,
    cover: {
      motif: 'handshake',
      alt: "Illustration : deux mains qui se serrent sur un fond aux couleurs chaudes",
      caption: "Les chefs d'État du Mali, du Burkina Faso et du Niger doivent se retrouver à Bamako.",
      credit: 'Illustration Kibaru',
    },
    body: `À l'approche du sommet des chefs d'État de la Confédération des États du Sahel (AES), la capitale malienne a pris des allures de chantier. Aux abords du Centre international de conférences de Bamako, les équipes s'activent jour et nuit pour achever le centre de presse et les espaces d'accueil des délégations.

Le président de la Transition, le général Assimi Goïta, doit y recevoir ses homologues du Burkina Faso et du Niger pour une session consacrée au bilan de la Confédération et à ses prochaines étapes. Plusieurs centaines de délégués, d'experts et de journalistes sont attendus.

## Un dispositif de sécurité renforcé

Les forces de défense et de sécurité ont annoncé un plan de circulation spécial pour toute la durée de l'événement. Certaines artères reliant l'aéroport au centre-ville seront fermées par intermittence lors du passage des cortèges officiels, et le stationnement sera interdit aux abords des hôtels accueillant les délégations.

> « On nous a prévenus qu'il faudra fermer deux jours. Ce n'est pas facile pour nous, mais si c'est pour la bonne cause, on s'adaptera », confie Maïmouna Touré, qui tient un petit restaurant à proximité du centre de conférences.

Le comité d'organisation assure que les perturbations seront limitées au strict nécessaire. « Les horaires de fermeture seront communiqués chaque soir à la radio et sur les réseaux sociaux, pour que les usagers puissent s'organiser », précise Adama Koné, membre de la commission logistique.

[[image:city|Illustration : des immeubles de Bamako et un pont enjambant le fleuve Niger|Bamako accueille les délégations du Burkina Faso et du Niger pour le sommet de la Confédération.|Illustration Kibaru]]

## Force unifiée, banque et médias au menu

Selon des sources diplomatiques, l'ordre du jour comprend plusieurs dossiers structurants pour l'avenir de la Confédération :

1. le point sur le déploiement de la force unifiée, chargée de mener des opérations conjointes dans l'espace commun ;
2. l'avancement de la banque confédérale d'investissement et de développement, destinée à financer des infrastructures régionales ;
3. la mise en place d'un dispositif audiovisuel commun aux trois pays ;
4. l'harmonisation des documents de voyage et des procédures aux frontières.

Les ministres des Affaires étrangères des trois pays se réuniront la veille pour finaliser les projets de textes soumis aux chefs d'État.

## Une étape scrutée par l'opinion

Pour de nombreux Bamakois, ce sommet sera l'occasion de mesurer les progrès concrets de la Confédération. Les questions de circulation des personnes, de commerce transfrontalier et d'approvisionnement en carburant reviennent souvent dans les conversations, bien davantage que les grands principes.

[[lire:passeport-aes-affluence-centres-delivrance-bamako]]

Les conclusions des travaux devraient être rendues publiques à l'issue du huis clos, dans une déclaration finale lue devant la presse.`,
  },
  {
    slug: 'calendrier-electoral-societe-civile-reclame-chronogramme',
    title: 'Calendrier électoral : la société civile réclame un chronogramme détaillé des scrutins',
    standfirst:
      "Réunies à Bamako, une vingtaine d'organisations de la société civile ont demandé la publication d'un calendrier électoral précis. Les autorités de la Transition rappellent que la sécurisation du territoire et la fiabilité du fichier restent des préalables.",
    category: 'politique',
    tags: ['Élections', 'Transition', 'Bamako', 'Jeunesse', 'Déplacés'],
    authors: ['aminata-diallo'],
    source: { name: 'Studio Tamani', url: 'https://www.studiotamani.org' },
    hoursAgo: 70,
    cover: {
      motif: 'microphone',
      alt: "Illustration : un micro sur pied devant un pupitre",
      caption: "Le forum de la société civile a réuni observateurs électoraux, juristes et associations de jeunes.",
      credit: 'Illustration Kibaru',
    },
    body: `Une vingtaine d'organisations de la société civile se sont retrouvées samedi à Bamako pour un forum consacré au processus électoral. À l'issue d'une journée de débats, elles ont adopté une déclaration commune appelant les autorités de la Transition à publier un **chronogramme détaillé** des prochains scrutins.

« Nous ne demandons pas une date précipitée, nous demandons de la visibilité », a résumé à la tribune Oumou Diarra, coordinatrice d'un collectif d'observateurs électoraux. Selon elle, l'absence de calendrier précis nourrit l'incertitude chez les citoyens comme chez les partenaires du pays.

## Deux lectures du calendrier

Du côté des autorités, le discours reste constant : l'organisation des élections dépend d'abord de la sécurisation du territoire et de la fiabilité du fichier électoral. Présent au forum, Lassana Konaté, conseiller technique au ministère de l'Administration territoriale, a rappelé que plusieurs localités du Centre et du Nord restent difficiles d'accès pour les agents recenseurs.

> « Organiser un scrutin auquel une partie des électeurs ne pourrait pas participer, ce serait fragiliser la légitimité des élus. Le calendrier doit tenir compte de la réalité du terrain », a-t-il plaidé.

Une partie des participants partage ce constat, mais estime qu'il n'empêche pas de fixer des étapes intermédiaires, assorties d'échéances publiques. D'autres, plus critiques, craignent que l'argument sécuritaire ne serve à repousser sans cesse les rendez-vous électoraux.

## Le fichier électoral au cœur des débats

La question du fichier a occupé une large part des échanges. L'Autorité indépendante de gestion des élections (AIGE) doit conduire la révision des listes, mais ses moyens restent limités dans les zones éloignées. Les organisations signataires formulent plusieurs demandes :

- la publication d'un calendrier de révision des listes électorales, région par région ;
- l'ouverture de centres d'enrôlement supplémentaires pour les jeunes ayant atteint la majorité ;
- des dispositions spécifiques pour permettre aux déplacés internes de voter là où ils résident ;
- un cadre de concertation régulier entre l'AIGE, l'administration et la société civile.

Les jeunes étaient particulièrement nombreux dans la salle. Beaucoup n'ont jamais voté et s'interrogent sur la manière de s'inscrire. « J'aurai bientôt vingt ans et je n'ai encore jamais glissé un bulletin dans l'urne. Je veux savoir quand mon tour viendra », lance Moussa Fomba, étudiant en droit.

## Une déclaration transmise aux autorités

La déclaration finale doit être remise dans les prochains jours au ministère de l'Administration territoriale et au Conseil national de Transition. Les organisateurs souhaitent en faire le point de départ d'un dialogue suivi, plutôt qu'une simple prise de position sans lendemain.

[[lire:remaniement-gouvernement-transition-nouvelle-equipe]]

Un second forum, élargi aux organisations des régions, est envisagé avant la fin de l'année à Ségou ou à Sikasso.`,
  },
  {
    slug: 'quota-femmes-institutions-associations-dressent-le-bilan',
    title: 'Représentation des femmes : les associations dressent le bilan du quota de 30 %',
    standfirst:
      "Près de dix ans après l'adoption de la loi sur la promotion du genre dans les fonctions nominatives et électives, les organisations féminines jugent l'objectif loin d'être atteint, en particulier dans les administrations régionales et les organes communaux.",
    category: 'politique',
    tags: ['Femmes', 'Transition', 'Décentralisation', 'Sikasso'],
    authors: ['aminata-diallo', 'mariam-sangare'],
    hoursAgo: 27,
    cover: {
      motif: 'crowd',
      alt: "Illustration : une foule de silhouettes stylisées réunies pour une assemblée",
      caption: "Une quarantaine d'associations féminines venues de toutes les régions ont participé à l'atelier de Bamako.",
      credit: 'Illustration Kibaru',
    },
    body: `Près de dix ans après l'adoption de la loi instituant des mesures pour promouvoir le genre dans l'accès aux fonctions nominatives et électives, les organisations féminines estiment que le compte n'y est toujours pas. Réunies pendant deux jours à Bamako, une quarantaine d'associations venues de toutes les régions ont passé au crible l'application du quota de **30 %** fixé par le texte.

Leur constat est nuancé. Au niveau national, la présence des femmes dans les institutions a progressé, notamment au sein du Conseil national de Transition et de certains cabinets ministériels. Mais plus on descend vers la base, plus l'écart se creuse.

## Des avancées au sommet, des retards à la base

Selon les données compilées par les associations à partir des actes de nomination publiés, les femmes occupent moins d'un cinquième des postes de responsabilité dans les administrations régionales. Dans les organes communaux, la proportion recule encore, en particulier dans les zones rurales.

> « À Bamako, on voit des femmes ministres, des femmes conseillères. Mais dans nos villages, quand il faut désigner quelqu'un pour siéger, on pense encore d'abord aux hommes », observe Aïssata Traoré, présidente d'une coordination d'associations féminines de Sikasso.

Les participantes pointent aussi l'absence de sanctions. Le texte ne prévoit guère de mécanisme contraignant pour les nominations, et les recours restent rares, faute d'information et de moyens.

### Le poids des pesanteurs sociales

Plusieurs intervenantes ont insisté sur les obstacles qui ne relèvent pas du droit : charge des travaux domestiques, faible scolarisation des filles dans certaines régions, réticences familiales. « Une femme qui veut s'engager doit souvent convaincre son mari, sa belle-famille et son quartier avant même de convaincre les électeurs », relève Kadiatou Samassékou, juriste et formatrice.

## Ce que demandent les associations

Au terme de l'atelier, les organisations ont adopté une série de recommandations adressées aux autorités de la Transition :

- la publication annuelle d'un rapport officiel sur l'application du quota dans chaque institution ;
- l'extension explicite de la loi à tous les organes de gestion mis en place au niveau local ;
- la création d'un fonds d'appui à la formation des femmes candidates et élues ;
- l'intégration de modules sur l'égalité dans la formation des agents de l'administration territoriale.

Ces recommandations seront portées auprès du ministère chargé de la Promotion de la femme et du Conseil national de Transition. Les associations prévoient également une campagne de sensibilisation radiophonique en langues nationales dans les régions de Sikasso, de Ségou et de Mopti avant la fin de l'année.

« Le quota n'est pas un cadeau, c'est une loi de la République. Nous demandons simplement qu'elle soit appliquée partout », a conclu Aïssata Traoré sous les applaudissements de la salle.`,
  },
  {
    slug: 'kayes-budget-participatif-douze-communes',
    title: 'À Kayes, le conseil régional expérimente un budget participatif dans douze communes',
    standfirst:
      "Pendant trois mois, les habitants de douze communes de la région de Kayes ont choisi eux-mêmes une partie des investissements de proximité. Forages, salles de classe et pistes rurales arrivent en tête des votes.",
    category: 'politique',
    tags: ['Kayes', 'Décentralisation', 'Eau', 'Éducation', 'Jeunesse'],
    authors: ['aminata-diallo'],
    dateline: 'KAYES',
    hoursAgo: 150,
    cover: {
      motif: 'city',
      alt: "Illustration : des bâtiments administratifs et des rues d'une ville sahélienne",
      caption: "Le conseil régional de Kayes a confié aux habitants le choix de plusieurs investissements locaux.",
      credit: 'Illustration Kibaru',
    },
    body: `Dans la cour de la mairie de Diamou, un tableau peint à la main affiche encore les résultats du vote : **un nouveau forage** arrive en tête, loin devant la réfection du marché et l'éclairage public. Comme onze autres communes de la région de Kayes, Diamou a participé pendant trois mois à une expérience inédite : laisser les habitants décider eux-mêmes d'une partie des investissements financés par le conseil régional.

L'enveloppe reste modeste, un peu plus de 600 millions de francs CFA répartis entre les douze communes, mais l'initiative suscite un réel intérêt. Elle est soutenue par plusieurs partenaires techniques et s'inscrit dans la politique de décentralisation portée par les autorités de la Transition.

## Des assemblées dans chaque village

Le processus s'est déroulé en trois temps. Des assemblées villageoises ont d'abord recensé les besoins, puis des délégués désignés par chaque quartier ou hameau ont chiffré les propositions avec l'aide des services techniques. Les habitants ont enfin voté, à main levée ou à bulletin secret selon les localités.

> « Pour la première fois, on ne nous a pas apporté un projet déjà décidé ailleurs. C'est nous qui avons choisi, et c'est nous qui surveillerons le chantier », se félicite Samba Diallo, chef de village dans la commune de Diamou.

Les femmes et les jeunes ont été encouragés à participer grâce à des réunions séparées, organisées en amont des assemblées générales. Dans plusieurs communes, leurs propositions ont pesé lourd dans le résultat final.

## Les projets retenus

Sur l'ensemble des douze communes, les votes ont fait émerger des priorités très concrètes. Par ordre d'importance budgétaire :

1. des forages et des puits équipés de pompes solaires, retenus dans sept communes ;
2. la construction ou la réhabilitation de salles de classe ;
3. l'aménagement de pistes rurales reliant les villages aux marchés hebdomadaires ;
4. l'équipement de maternités rurales.

Les travaux doivent démarrer avant la saison des pluies pour les points d'eau, et à la fin de l'hivernage pour les pistes. Chaque chantier sera suivi par un comité local comprenant au moins une femme et un jeune.

## Un modèle à étendre ?

Au conseil régional, on se montre prudent. « Nous devons d'abord montrer que les projets choisis sont réalisés, dans les délais et en toute transparence. Si c'est le cas, l'expérience pourra être étendue à d'autres cercles », indique Fanta Diawara, chargée de la planification au conseil régional.

Les organisations de la société civile qui ont accompagné le processus plaident déjà pour une généralisation. Elles y voient un moyen de renforcer la confiance entre les citoyens et les collectivités, au moment où l'État s'apprête à élargir les responsabilités des régions.`,
  },

  // ───────────────────────────── SÉCURITÉ ─────────────────────────────
  {
    slug: 'convoi-ravitaillement-escorte-arrive-a-kidal',
    title: "Un convoi de ravitaillement escorté par l'armée est arrivé à Kidal",
    standfirst:
      "Parti de Gao il y a huit jours, un convoi d'une soixantaine de camions chargés de vivres, de carburant et de médicaments est entré à Kidal en fin d'après-midi. Aucun incident majeur n'a été signalé sur le trajet, selon des sources locales.",
    category: 'securite',
    tags: ['Kidal', 'Gao', 'Sahel', 'Santé', 'Transport'],
    authors: ['moussa-keita', 'seydou-dembele'],
    dateline: 'GAO',
    hoursAgo: 0.7,
    updatedHoursAgo: 0.3,
    breaking: true,
    cover: {
      motif: 'desert-road',
      alt: "Illustration : un convoi de camions sur une piste qui traverse le désert",
      caption: "Le convoi a parcouru plus de 300 kilomètres de piste entre Gao et Kidal, via Anéfis.",
      credit: 'Illustration Kibaru',
    },
    body: `Le convoi est entré dans Kidal en fin d'après-midi, sous l'escorte des forces armées maliennes, selon plusieurs sources locales et un responsable du transport routier joints par Kibaru. Il comptait une soixantaine de camions chargés de **vivres, de carburant, de médicaments et de matériaux de construction**.

Parti de Gao il y a huit jours, le convoi a parcouru plus de 300 kilomètres sur une piste souvent dégradée, en passant par Anéfis. Plusieurs arrêts prolongés ont été nécessaires pour sécuriser certains tronçons et procéder à des vérifications, notamment dans les zones où la présence d'engins explosifs était redoutée. Aucun incident majeur n'a été signalé à ce stade.

## Un ravitaillement très attendu

À Kidal, l'arrivée des camions était guettée depuis plusieurs jours. Les derniers approvisionnements importants remontaient à plus d'un mois, et les commerçants faisaient état de ruptures de stock sur plusieurs produits de première nécessité, dont le sucre, l'huile et le gaz butane.

> « Les gens sont sortis pour voir passer les camions. Depuis des semaines, on rationnait le carburant des groupes électrogènes. Ce soir, tout le monde respire un peu », raconte Mohamed Ag Alhassane, commerçant au marché central de Kidal.

Le centre de santé de la ville doit également recevoir une partie de la cargaison, composée de médicaments essentiels et de matériel pour la maternité, selon un agent de santé local.

## Des prix qui devraient baisser

Les commerçants espèrent que l'arrivée des marchandises fera rapidement refluer les prix, qui avaient fortement augmenté ces dernières semaines. Le litre d'essence s'échangeait encore ce matin à près du double de son prix à Gao.

Le déchargement doit se poursuivre dans la nuit et demain. Les autorités locales n'ont pas encore précisé la date du retour du convoi vers Gao, ni le calendrier des prochaines rotations.

[[lire:axe-mopti-gao-rouvert-transporteurs-reprennent-la-route]]

*Cet article sera mis à jour dès que de nouvelles informations seront disponibles.*`,
  },
  {
    slug: 'axe-mopti-gao-rouvert-transporteurs-reprennent-la-route',
    title: "Route nationale 16 : l'axe Mopti–Gao rouvert à la circulation, les transporteurs soulagés",
    standfirst:
      "Fermé depuis près d'un mois pour des travaux de réhabilitation et des opérations de sécurisation, le tronçon entre Douentza et Hombori est de nouveau praticable. Les escortes restent obligatoires pour les camions de marchandises.",
    category: 'securite',
    tags: ['Mopti', 'Gao', 'Kidal', 'Transport', 'Sahel'],
    authors: ['moussa-keita'],
    dateline: 'MOPTI',
    source: { name: 'AMAP', url: 'https://www.amap.ml' },
    hoursAgo: 9,
    updatedHoursAgo: 5,
    cover: {
      motif: 'river',
      alt: "Illustration : une pirogue glissant sur le fleuve Niger",
      caption: "Depuis Mopti et Sévaré, la RN16 est la principale voie d'approvisionnement vers Gao.",
      credit: 'Illustration Kibaru',
    },
    body: `Les premiers camions ont quitté la gare routière de Sévaré au lever du jour, direction Gao. Après près d'un mois de fermeture, la route nationale 16 est de nouveau ouverte à la circulation sur toute sa longueur, a annoncé la direction régionale des routes de Mopti. Le tronçon le plus touché, entre Douentza et Hombori, a fait l'objet de travaux de réhabilitation et d'opérations de déminage conduites par les forces armées.

Pour les transporteurs, la nouvelle est un soulagement. Pendant la fermeture, des dizaines de camions sont restés immobilisés à Sévaré ou ont dû emprunter des itinéraires de contournement beaucoup plus longs et coûteux.

## Trois semaines d'attente à Sévaré

> « J'ai passé vingt-deux jours à dormir sous mon camion avec mon apprenti. Le riz que je transporte commençait à prendre l'humidité. Aujourd'hui, enfin, on peut repartir », raconte Adama Coulibaly, chauffeur d'un semi-remorque affrété par un grossiste de Gao.

Les commerçants de Gao et de Hombori avaient, de leur côté, signalé des hausses de prix sur plusieurs denrées, en particulier les céréales et le carburant. La réouverture devrait permettre de reconstituer progressivement les stocks dans les prochains jours.

[[image:desert-road|Illustration : une file de camions sur une route rectiligne qui s'enfonce dans le désert|Sur la RN16, les camions de marchandises circulent de nouveau entre Sévaré et Gao.|Illustration Kibaru]]

## Des règles de circulation encadrées

La réouverture s'accompagne de consignes strictes, rappelées par les autorités régionales :

- les camions de marchandises circulent en convoi, sous escorte, selon un calendrier affiché à la gare routière ;
- la circulation n'est autorisée que de jour, entre 6 heures et 18 heures ;
- tout objet suspect sur la chaussée doit être signalé au poste de sécurité le plus proche ;
- les véhicules particuliers sont invités à se joindre aux convois sur les portions jugées sensibles.

« La route est ouverte, mais la vigilance reste de mise. Nous demandons aux usagers de respecter les horaires et les consignes des forces de sécurité », insiste Ousmane Tembely, directeur régional des routes de Mopti.

## Un axe vital pour le Nord

Longue de plus de 500 kilomètres entre Sévaré et Gao, la RN16 est l'une des principales artères économiques du pays. Elle assure l'essentiel de l'approvisionnement de Gao et, au-delà, des localités de Ménaka et de Kidal. Chaque interruption se répercute rapidement sur les prix et la disponibilité des produits dans tout le Nord.

[[lire:convoi-ravitaillement-escorte-arrive-a-kidal]]

Les syndicats de transporteurs réclament désormais un entretien régulier de la chaussée, afin d'éviter qu'une nouvelle dégradation n'entraîne une autre fermeture lors de la prochaine saison des pluies.`,
  },
  {
    slug: 'segou-familles-deplacees-sites-accueil-satures',
    title: "Ségou : l'afflux de familles déplacées met sous pression les sites d'accueil",
    standfirst:
      "Près de 1 800 personnes venues des cercles de Macina et de Niono sont arrivées à Ségou depuis le début du mois, selon les services sociaux. Les sites d'accueil manquent d'abris, d'eau potable et de places dans les écoles.",
    category: 'securite',
    tags: ['Ségou', 'Déplacés', 'Eau', 'Éducation', 'Femmes'],
    authors: ['moussa-keita'],
    dateline: 'SÉGOU',
    hoursAgo: 40,
    cover: {
      motif: 'crowd',
      alt: "Illustration : un groupe compact de silhouettes, femmes et enfants mêlés",
      caption: "Les familles déplacées arrivées à Ségou se regroupent sur trois sites d'accueil désormais saturés.",
      credit: 'Illustration Kibaru',
    },
    body: `Sous un hangar de tôle ondulée, à la périphérie de Ségou, une vingtaine de femmes attendent la distribution de l'après-midi. Autour d'elles, des enfants jouent entre les nattes et les sacs de vêtements. Toutes sont arrivées ces dernières semaines, fuyant les violences qui touchent plusieurs villages des cercles de Macina et de Niono.

Selon la direction régionale du développement social, **près de 1 800 personnes** sont arrivées à Ségou depuis le début du mois. Elles s'ajoutent aux milliers de déplacés déjà installés dans la ville et ses environs, souvent depuis plusieurs années.

## Des abris de fortune

Les trois principaux sites d'accueil sont aujourd'hui saturés. Faute de place, de nombreuses familles s'installent chez des proches ou louent à plusieurs une chambre dans les quartiers périphériques. D'autres ont monté des abris de branchages et de bâches sur des terrains vagues.

> « Nous sommes partis avec ce que nous pouvions porter. Mon mari est resté pour garder les champs, je ne sais pas quand je le reverrai », confie Kadidia Bocoum, mère de cinq enfants, arrivée de la zone de Macina il y a trois semaines.

L'accès à l'eau potable est l'une des principales difficultés. Sur le plus grand site, une seule borne-fontaine dessert plusieurs centaines de personnes, et les files d'attente commencent avant l'aube. Les agents de santé redoutent une hausse des maladies diarrhéiques avec la chaleur.

## Les enfants loin des bancs de l'école

Beaucoup d'enfants déplacés ne sont pas scolarisés. Les écoles des quartiers voisins, déjà surchargées, ne peuvent accueillir tous les nouveaux élèves, et de nombreuses familles ne disposent pas des documents exigés à l'inscription.

[[image:school|Illustration : une salle de classe avec des pupitres et des livres ouverts|Des classes temporaires doivent permettre aux enfants déplacés de reprendre le chemin de l'école.|Illustration Kibaru]]

Des organisations humanitaires, avec l'appui de l'[UNICEF](https://www.unicef.org), prévoient d'installer des espaces d'apprentissage temporaires sur deux des sites. Des enseignants volontaires, eux-mêmes parfois déplacés, se sont déjà proposés pour y faire classe.

## Une réponse qui peine à suivre

« Les besoins augmentent plus vite que les moyens. Nous avons enregistré les familles et distribué des kits d'urgence, mais il nous faut davantage d'abris, de vivres et de points d'eau », reconnaît Siaka Berthé, responsable à la direction régionale du développement social.

Les autorités régionales ont lancé un appel à la solidarité des habitants et des partenaires. Des associations de quartier organisent déjà des collectes de vivres et de vêtements, tandis que plusieurs familles de Ségou hébergent gratuitement des déplacés.

[[lire:onu-appel-humanitaire-mali-financement-insuffisant]]`,
  },
  {
    slug: 'gao-formation-deminage-engins-explosifs-improvises',
    title: 'À Gao, quarante agents formés à la détection des engins explosifs improvisés',
    standfirst:
      "Militaires, agents de la protection civile et volontaires communautaires ont suivi six semaines de formation au repérage et au balisage des mines artisanales, principale cause de victimes civiles sur les routes du Nord.",
    category: 'securite',
    tags: ['Gao', 'Ménaka', 'Tombouctou', 'Sahel', 'Déminage'],
    authors: ['seydou-dembele'],
    dateline: 'GAO',
    hoursAgo: 96,
    cover: {
      motif: 'sahel-sunset',
      alt: "Illustration : des dunes ondulées sous un soleil bas et orangé",
      caption: "Les stagiaires ont mené leurs exercices pratiques sur un terrain aménagé à la sortie de Gao.",
      credit: 'Illustration Kibaru',
    },
    body: `Ils sont quarante à avoir reçu, lors d'une cérémonie sobre dans l'enceinte du camp militaire de Gao, leur attestation de fin de formation. Militaires, agents de la protection civile et volontaires issus des communautés ont suivi pendant **six semaines** un cursus consacré à la détection et à la gestion des engins explosifs improvisés (EEI).

Ces mines artisanales, dissimulées sur les routes et les pistes, sont devenues l'une des principales menaces dans le Nord et le Centre du pays. Elles frappent aussi bien les convois militaires que les véhicules civils, les charrettes ou les motos des villageois.

## Entre salle de cours et terrain

La formation a alterné enseignements théoriques et exercices pratiques sur un terrain aménagé à la sortie de la ville. Les stagiaires ont appris à repérer les indices d'une zone piégée, à sécuriser un périmètre, à utiliser les détecteurs et à transmettre une alerte selon les procédures.

> « Un engin explosif ne se voit presque jamais. Ce que l'on apprend, c'est à lire le terrain : une terre fraîchement retournée, un fil, un objet qui n'a rien à faire là. C'est cette attention qui sauve des vies », explique le capitaine Abdoulaye Maïga, l'un des instructeurs.

Seuls les militaires spécialisés sont habilités à neutraliser les engins. Les autres participants sont formés à la reconnaissance, au balisage et à la sensibilisation, un maillon jugé tout aussi essentiel.

## Les volontaires, relais auprès des populations

Une dizaine de volontaires communautaires, venus de Gao, d'Ansongo et de Ménaka, faisaient partie de la promotion. Ils auront pour mission de diffuser les bons réflexes dans leurs villages, sur les marchés et dans les écoles.

> « Chez nous, beaucoup de gens empruntent la même piste que tout le monde sans se poser de questions. Je veux leur expliquer comment se protéger, avec des mots simples, dans notre langue », affirme Alhousseini Ag Ahmed, volontaire originaire de Ménaka.

### Les réflexes à retenir

Les formateurs insistent sur quelques consignes simples, à l'intention de tous les usagers de la route :

- ne jamais toucher ni déplacer un objet suspect ;
- éviter de quitter les pistes habituellement fréquentées, surtout après la pluie ;
- marquer l'emplacement à distance et prévenir immédiatement les autorités ;
- éloigner les enfants et le bétail de la zone.

## Une deuxième session annoncée

Les organisateurs prévoient une nouvelle session avant la fin de l'année, ouverte cette fois à des participants de la région de Tombouctou. Les autorités régionales souhaitent à terme disposer d'un réseau de relais formés dans chaque commune du Nord, capables d'alerter rapidement et de rassurer les habitants.`,
  },
  {
    slug: 'blocus-de-lere-habitants-face-aux-penuries',
    title: 'Léré sous blocus : les habitants face à la flambée des prix et aux pénuries',
    standfirst:
      "Depuis plusieurs semaines, les accès à Léré, dans la région de Tombouctou, sont entravés par des groupes armés. Les denrées de base se raréfient et les prix ont presque doublé, témoignent des habitants joints par téléphone.",
    category: 'securite',
    tags: ['Tombouctou', 'Sahel', 'Blocus', 'Santé'],
    authors: ['seydou-dembele', 'moussa-keita'],
    dateline: 'TOMBOUCTOU',
    hoursAgo: 200,
    updatedHoursAgo: 180,
    cover: {
      motif: 'market',
      alt: "Illustration : des étals de marché sous des parasols, presque vides",
      caption: "À Léré, les marchandises arrivent au compte-gouttes et les prix ont presque doublé.",
      credit: 'Illustration Kibaru',
    },
    body: `Depuis plusieurs semaines, entrer à Léré ou en sortir relève de l'exploit. Les principaux accès à cette ville de la région de Tombouctou, proche de la frontière mauritanienne, sont entravés par des groupes armés qui contrôlent les pistes et dissuadent les transporteurs de circuler. Joints par téléphone, plusieurs habitants décrivent un quotidien de plus en plus difficile.

## Des prix qui s'envolent

Sur le marché, les étals se sont clairsemés. Les rares marchandises qui parviennent encore à Léré empruntent des chemins détournés, à dos d'âne ou en pirogue lorsque les eaux le permettent. Les prix ont suivi :

- le sac de 25 kilos de riz se vend autour de 22 000 francs CFA, contre environ 12 500 avant le blocus ;
- le litre d'essence dépasse 1 500 francs CFA, quand on en trouve ;
- le kilo de sucre a presque doublé ;
- les bouteilles de gaz ont disparu des boutiques.

> « Dans beaucoup de familles, on ne mange plus qu'une fois par jour. Les enfants viennent à l'école le ventre vide, ils n'arrivent plus à suivre », témoigne Hama Cissé, enseignant dans une école fondamentale de la ville.

Les éleveurs, nombreux dans la zone, peinent à écouler leurs animaux faute d'acheteurs venus de l'extérieur. Certains ont dû vendre à perte pour se procurer des céréales.

## Les malades, premières victimes

Le centre de santé de Léré fonctionne au ralenti. Les médicaments essentiels manquent et les évacuations sanitaires vers Niafunké ou Tombouctou sont devenues incertaines.

> « Nous avons des femmes enceintes qui devraient accoucher dans de meilleures conditions, mais nous ne pouvons pas les transférer. Nous faisons avec ce que nous avons », explique un infirmier qui a requis l'anonymat.

Les agents de santé disent avoir reçu, il y a quelques jours, un petit lot de médicaments acheminé par une organisation humanitaire, mais les quantités restent très en deçà des besoins.

## Des médiations en cours

Selon des notables de la ville, des démarches ont été engagées par des leaders religieux et coutumiers pour obtenir la levée des restrictions, au moins pour le passage des vivres et des malades. Les autorités régionales assurent, de leur côté, suivre la situation de près et étudier les moyens d'acheminer une aide d'urgence.

Les habitants, eux, comptent les jours. « Nous ne demandons qu'une chose : pouvoir circuler librement, vendre, acheter, nous soigner. C'est le minimum », résume Fadimata Maïga, commerçante au marché de Léré.`,
  },
  {
    slug: 'dialogue-communautaire-bandiagara-accord-transhumance',
    title: 'Dialogue communautaire dans le Centre : un accord sur la transhumance signé à Bandiagara',
    standfirst:
      "Éleveurs et agriculteurs de six communes du cercle de Bandiagara se sont entendus sur le tracé des couloirs de passage du bétail et sur un mécanisme local de règlement des différends, au terme de quatre jours de discussions.",
    category: 'securite',
    tags: ['Bandiagara', 'Agriculture', 'Cohésion sociale', 'Sahel', 'Mopti'],
    authors: ['moussa-keita'],
    source: { name: 'Studio Tamani', url: 'https://www.studiotamani.org' },
    hoursAgo: 330,
    cover: {
      motif: 'mosque',
      alt: "Illustration : la silhouette d'une mosquée en banco hérissée de torons",
      caption: "Chefs de village, éleveurs, femmes et jeunes ont participé aux discussions de Bandiagara.",
      credit: 'Illustration Kibaru',
    },
    body: `Quatre jours de discussions, parfois tendues, ont abouti à la signature d'un accord entre éleveurs et agriculteurs de six communes du cercle de Bandiagara. Réunis dans la salle de conférence de la mairie, chefs de village, représentants des associations d'éleveurs, femmes et jeunes ont validé ensemble un texte qui fixe les règles de cohabitation autour de la transhumance.

Dans le Centre du pays, les conflits liés à l'accès aux champs, aux points d'eau et aux pâturages alimentent depuis des années les tensions entre communautés. Les dégâts causés par le bétail dans les cultures, ou à l'inverse la mise en culture des couloirs de passage, ont souvent dégénéré en affrontements.

## Quatre jours pour se parler

Les discussions ont été facilitées par un comité de médiation composé de notables, de leaders religieux et d'une organisation locale spécialisée dans la prévention des conflits. Chaque groupe a d'abord exposé ses griefs séparément, avant les séances plénières.

> « Au début, chacun venait avec sa colère. Mais à force de nous écouter, nous avons compris que nous avions les mêmes problèmes : trop peu d'eau, trop peu de terres, et personne pour trancher les litiges », raconte Ambarou Dolo, chef de village.

Les éleveurs ont insisté sur la nécessité de préserver les pistes de transhumance, indispensables pour conduire les troupeaux vers les pâturages de saison sèche. Les agriculteurs ont, eux, demandé des garanties contre la divagation des animaux pendant la période des récoltes.

## Ce que prévoit l'accord

Le texte signé comporte plusieurs engagements concrets :

1. le balisage, avant la prochaine saison des pluies, des couloirs de passage du bétail sur l'ensemble des six communes ;
2. un calendrier commun fixant les dates d'entrée et de sortie des troupeaux dans les zones cultivées ;
3. la création, dans chaque commune, d'une commission foncière paritaire chargée de régler les litiges à l'amiable ;
4. un barème d'indemnisation en cas de dégâts causés aux champs ou au bétail.

« Ce qui compte maintenant, c'est l'application. Un accord sur papier ne vaut rien si les commissions ne se réunissent pas », prévient Hamadoun Barry, représentant d'une association d'éleveurs.

## Un suivi confié aux communes

Les responsables des six communes se sont engagés à intégrer l'accord dans leurs plans de développement et à soutenir le fonctionnement des commissions foncières. Une première évaluation est prévue après la prochaine campagne agricole.

[[lire:segou-familles-deplacees-sites-accueil-satures]]

Pour les participants, l'essentiel est d'avoir renoué le fil du dialogue. Plusieurs femmes ont demandé que les prochaines rencontres soient aussi l'occasion d'aborder la réouverture des marchés hebdomadaires, désertés depuis plusieurs saisons.`,
  },

  // ─────────────────────────── INTERNATIONAL ───────────────────────────
  {
    slug: 'passeport-aes-affluence-centres-delivrance-bamako',
    title: "Passeport de l'AES : affluence dans les centres de délivrance de Bamako avant les vacances",
    standfirst:
      "À l'approche des congés, les demandes de passeport aux couleurs de la Confédération des États du Sahel se multiplient à Bamako. L'administration rappelle que les anciens passeports restent valables jusqu'à leur date d'expiration.",
    category: 'international',
    tags: ['AES', 'Bamako', 'Diplomatie', 'Jeunesse', 'CEDEAO'],
    authors: ['aminata-diallo'],
    source: { name: 'AMAP', url: 'https://www.amap.ml' },
    hoursAgo: 14,
    cover: {
      motif: 'microphone',
      alt: "Illustration : un micro posé sur une table de conférence",
      caption: "Les responsables des centres de délivrance appellent les usagers à anticiper leurs démarches.",
      credit: 'Illustration Kibaru',
    },
    body: `Dès 6 heures du matin, la file d'attente s'étire déjà sur plusieurs dizaines de mètres devant le centre de délivrance des passeports. Étudiants en partance, commerçants, pèlerins ou familles préparant un voyage : tous viennent déposer une demande pour obtenir le passeport biométrique aux couleurs de la Confédération des États du Sahel (AES).

Le document, commun au Mali, au Burkina Faso et au Niger, porte la mention de la Confédération et les armoiries du pays émetteur. Il remplace progressivement l'ancien modèle, au fil des renouvellements.

## Des files d'attente dès l'aube

Selon les responsables du centre, le nombre de demandes quotidiennes a presque doublé depuis le début du mois. La période des vacances, les départs pour des études à l'étranger et les préparatifs du pèlerinage expliquent en grande partie cette affluence.

> « Je pars faire un master et je dois présenter mon passeport à l'ambassade dans trois semaines. Je suis venu à 5 heures pour être sûr de passer », explique Sékou Diakité, étudiant, son dossier serré sous le bras.

Pour désengorger les guichets, des horaires élargis ont été mis en place et une équipe supplémentaire a été affectée à l'enrôlement. « Nous traitons les dossiers complets en priorité. Les usagers peuvent nous aider en venant avec toutes les pièces demandées », insiste Fousseyni Samaké, chef du centre.

## Les pièces à fournir

Pour une première demande comme pour un renouvellement, les usagers doivent se munir des documents suivants :

- la carte nationale d'identité ou la carte biométrique sécurisée en cours de validité ;
- un extrait d'acte de naissance ;
- l'ancien passeport, en cas de renouvellement ;
- la quittance de paiement des frais de délivrance.

Pour les mineurs, la présence d'un parent ou d'un tuteur légal est obligatoire lors de l'enrôlement.

### Et pour voyager dans la sous-région ?

De nombreux usagers s'interrogent sur l'usage du nouveau passeport dans les pays de la CEDEAO. Les autorités assurent qu'il est reconnu comme document de voyage, au même titre que l'ancien modèle, et que les ressortissants de l'AES continuent de circuler dans la sous-région selon les règles en vigueur, en attendant l'issue des discussions engagées entre les deux organisations.

[[lire:sommet-aes-bamako-prepare-accueil-chefs-etat]]

Les délais de délivrance varient actuellement de deux à quatre semaines selon les centres. L'administration recommande aux voyageurs d'anticiper et de ne pas attendre les derniers jours avant leur départ.`,
  },
  {
    slug: 'niger-burkina-faso-mali-accord-approvisionnement-carburant',
    title: "Carburant : le Niger s'engage à approvisionner le Mali et le Burkina Faso depuis la raffinerie de Zinder",
    standfirst:
      "Un protocole signé à Niamey par les ministres chargés de l'Énergie des trois pays de l'AES prévoit des livraisons régulières de gasoil et d'essence. Objectif : réduire les pénuries qui frappent périodiquement les stations-service.",
    category: 'international',
    tags: ['Niger', 'Burkina Faso', 'AES', 'Énergie'],
    authors: ['fatoumata-coulibaly'],
    dateline: 'NIAMEY',
    hoursAgo: 46,
    cover: {
      motif: 'sahel-sunset',
      alt: "Illustration : des dunes de sable sous un soleil couchant",
      caption: "Les camions-citernes devront parcourir plus de 2 000 kilomètres entre Zinder et Bamako.",
      credit: 'Illustration Kibaru',
    },
    body: `Les ministres chargés de l'Énergie et du Pétrole du Mali, du Burkina Faso et du Niger ont signé à Niamey un protocole d'accord sur l'approvisionnement en produits pétroliers au sein de la Confédération des États du Sahel (AES). Le texte prévoit des livraisons régulières de gasoil et d'essence depuis la raffinerie de Zinder, dans le sud-est du Niger, vers Bamako et Ouagadougou.

Les trois pays, enclavés, dépendent largement des ports côtiers pour leurs importations d'hydrocarbures. Les difficultés d'acheminement et les tensions sur les prix provoquent régulièrement des files d'attente devant les stations-service, en particulier au Mali.

## Des volumes mensuels garantis

Aux termes du protocole, le Niger s'engage à réserver une part de sa production raffinée aux deux autres membres de la Confédération, selon des volumes mensuels révisés chaque trimestre. Les prix seront fixés par référence aux cours internationaux, avec des conditions de paiement préférentielles.

> « Notre raffinerie produit davantage que ce que consomme le marché intérieur. Il est logique que ce surplus serve d'abord à nos voisins du Mali et du Burkina Faso », a déclaré Issoufou Maman, directeur chargé des hydrocarbures au ministère nigérien du Pétrole.

Les volumes exacts n'ont pas été rendus publics, mais des sources proches des négociations évoquent plusieurs dizaines de millions de litres par mois pour le Mali.

## La sécurisation des convois, enjeu central

Le principal défi reste logistique. Entre Zinder et Bamako, les camions-citernes devront parcourir plus de 2 000 kilomètres, via Niamey et Ouagadougou, sur des axes parfois exposés aux attaques de groupes armés.

Les trois pays prévoient la mise en place d'escortes coordonnées et de points de ravitaillement sécurisés le long de l'itinéraire. Un comité technique tripartite se réunira chaque mois pour suivre l'exécution du protocole.

À Bamako, les importateurs accueillent l'accord avec intérêt, mais attendent de voir les premiers convois. « Diversifier nos sources, c'est une bonne chose. Mais tout dépendra de la régularité des livraisons et du coût du transport », tempère Bakary Sylla, gérant d'une société d'importation de produits pétroliers.

## Un pas de plus dans l'intégration

Pour les trois pays, l'accord s'inscrit dans une volonté plus large de renforcer leur intégration économique, après le lancement de projets communs dans les transports, les télécommunications et l'énergie. L'électricité figure aussi à l'agenda : des études sont en cours sur des interconnexions et des centrales solaires à vocation régionale.

Les premiers camions-citernes pourraient prendre la route d'ici à la fin du mois, selon le calendrier évoqué à Niamey.`,
  },
  {
    slug: 'corridor-conakry-bamako-kouremale-poste-frontiere-modernise',
    title: 'Corridor Conakry–Bamako : le poste frontière de Kourémalé passe au contrôle juxtaposé',
    standfirst:
      "Douaniers maliens et guinéens travaillent désormais sous le même toit à Kourémalé. Les transporteurs espèrent une réduction sensible des délais, alors que le port de Conakry capte une part croissante du fret malien.",
    category: 'international',
    tags: ['Guinée', 'Transport', 'Diplomatie', 'Koulikoro'],
    authors: ['fatoumata-coulibaly'],
    dateline: 'KOURÉMALÉ',
    hoursAgo: 110,
    cover: {
      motif: 'handshake',
      alt: "Illustration : deux mains qui se serrent, symbole d'un accord",
      caption: "Le poste de contrôle juxtaposé de Kourémalé réunit les services maliens et guinéens.",
      credit: 'Illustration Kibaru',
    },
    body: `Il fallait parfois une journée entière, voire davantage, pour franchir la frontière entre le Mali et la Guinée à Kourémalé. Les camions passaient d'abord les contrôles d'un côté, puis ceux de l'autre, avec autant de formalités, de files d'attente et de frais annexes. Depuis le début de la semaine, les services des deux pays sont réunis dans un **poste de contrôle juxtaposé** flambant neuf.

Douaniers, policiers, agents phytosanitaires et services vétérinaires maliens et guinéens y partagent les mêmes locaux. Les marchandises ne sont inspectées qu'une seule fois, et les documents sont traités à un guichet commun.

## Un guichet unique pour deux administrations

Le nouveau dispositif repose sur un système informatique partagé, qui permet l'échange en temps réel des déclarations en douane. Un parking sécurisé de plusieurs centaines de places a été aménagé pour accueillir les poids lourds en attente.

> « Avant, nous perdions deux jours ici. Ce matin, je suis passé en moins de trois heures. Si ça continue comme ça, c'est une vraie révolution pour nous », se réjouit Drissa Camara, chauffeur d'un camion de ciment parti de Conakry.

Côté guinéen, on met en avant les gains pour les deux économies. « Chaque heure gagnée à la frontière, c'est moins de coûts pour les commerçants et, au bout du compte, des prix plus bas pour les consommateurs », souligne Mamadouba Soumah, chef du bureau des douanes guinéennes à Kourémalé.

## Conakry, une alternative qui s'affirme

Le port de Conakry, plus proche de Bamako que ceux de Dakar ou d'Abidjan, attire une part croissante des importations maliennes, notamment pour les hydrocarbures, les matériaux de construction et les produits alimentaires. La route reliant Bamako à la frontière, via Siby et Naréna, a été en grande partie réhabilitée ces dernières années.

Les autorités des deux pays entendent désormais s'attaquer aux contrôles intempestifs qui jalonnent encore le corridor. Un comité de suivi associant les administrations et les organisations de transporteurs se réunira tous les trois mois pour évaluer la fluidité du trafic.

### Des inquiétudes chez les intermédiaires

Tout le monde ne se réjouit pas. Certains petits intermédiaires, qui vivaient de l'accompagnement des chauffeurs dans les démarches administratives, craignent de perdre leur activité. Les autorités locales évoquent des formations pour les aider à se reconvertir dans les services logistiques, un secteur appelé à se développer autour du nouveau poste.`,
  },
  {
    slug: 'port-de-dakar-trafic-vers-le-mali-en-hausse',
    title: 'Port de Dakar : le trafic à destination du Mali en hausse de 7 % au premier semestre',
    standfirst:
      "Le Mali reste de loin le premier client du port autonome de Dakar pour le transit. Les transporteurs saluent la fluidité retrouvée des quais, mais dénoncent toujours la multiplication des contrôles sur la route.",
    category: 'international',
    tags: ['Sénégal', 'Transport', 'Kayes', 'Diplomatie'],
    authors: ['fatoumata-coulibaly'],
    source: { name: 'AFP', url: 'https://www.afp.com' },
    hoursAgo: 170,
    cover: {
      motif: 'chart',
      alt: "Illustration : un graphique en barres surmonté d'une courbe ascendante",
      caption: "Le volume des marchandises en transit vers le Mali a progressé de 7 % en six mois.",
      credit: 'Illustration Kibaru',
    },
    body: `Le volume des marchandises en transit vers le Mali via le port autonome de Dakar a progressé de **7 %** au cours des six premiers mois de l'année par rapport à la même période de l'an dernier, selon des chiffres communiqués par l'autorité portuaire. Céréales, hydrocarbures, engrais, ciment et véhicules composent l'essentiel de ces flux.

Le Mali confirme ainsi sa place de premier client du port sénégalais pour le transit, loin devant les autres pays de l'hinterland. Chaque jour, des centaines de camions quittent les quais de Dakar pour parcourir les quelque 1 250 kilomètres qui séparent la capitale sénégalaise de Bamako.

## Un corridor historique

La route Dakar–Bamako, via Tambacounda, Kidira et Diboli, demeure l'axe privilégié des importateurs maliens, malgré la concurrence des ports d'Abidjan, de Conakry ou de Lomé. L'ancienneté des relations commerciales, la proximité culturelle et la présence à Dakar d'entrepôts réservés au fret malien expliquent cette fidélité.

> « Dakar, c'est notre port naturel. Nos pères y faisaient déjà transiter leurs marchandises. Ce que nous demandons, c'est que le trajet soit plus rapide et moins cher », explique Youssouf Bagayoko, représentant d'un groupement de transitaires maliens installé à Dakar.

[[image:desert-road|Illustration : des camions sur une longue route traversant une plaine aride|Des centaines de camions empruntent chaque jour le corridor routier entre Dakar et Bamako.|Illustration Kibaru]]

## Les transporteurs dénoncent les tracasseries

Si les délais de passage au port se sont raccourcis grâce à la dématérialisation des procédures, le trajet routier reste semé d'embûches. Les organisations de transporteurs pointent plusieurs difficultés :

- la multiplication des postes de contrôle, sources de retards et de paiements informels ;
- l'état dégradé de certains tronçons, notamment entre la frontière et Kayes ;
- l'attente parfois longue au poste de Diboli aux heures de pointe ;
- le coût élevé du carburant, qui pèse sur le prix du fret.

Les autorités sénégalaises et maliennes ont régulièrement promis de réduire le nombre de contrôles sur le corridor. Une réunion bilatérale consacrée à la facilitation des transports est annoncée dans les prochains mois.

## Une relation économique stratégique

Au-delà des chiffres, le dynamisme de ce trafic illustre l'interdépendance entre les deux pays, qui ont maintenu des échanges étroits malgré les recompositions diplomatiques dans la sous-région. Pour le port de Dakar, le Mali représente une part essentielle des recettes de transit ; pour Bamako, le corridor sénégalais reste un maillon clé de l'approvisionnement.

[[lire:corridor-conakry-bamako-kouremale-poste-frontiere-modernise]]`,
  },
  {
    slug: 'onu-appel-humanitaire-mali-financement-insuffisant',
    title: "Aide humanitaire : l'ONU alerte sur le sous-financement de son appel pour le Mali",
    standfirst:
      "À mi-parcours de l'année, moins d'un quart des fonds demandés pour la réponse humanitaire au Mali ont été mobilisés, selon les Nations unies. Les agences redoutent de devoir réduire l'aide alimentaire en pleine période de soudure.",
    category: 'international',
    tags: ['Sahel', 'Déplacés', 'Santé', 'Ménaka', 'Tombouctou'],
    authors: ['fatoumata-coulibaly'],
    source: { name: 'AFP', url: 'https://www.afp.com' },
    hoursAgo: 260,
    updatedHoursAgo: 240,
    cover: {
      motif: 'health',
      alt: "Illustration : une croix médicale devant un petit centre de santé",
      caption: "La prise en charge de la malnutrition infantile fait partie des priorités maintenues par les agences.",
      credit: 'Illustration Kibaru',
    },
    body: `Les Nations unies tirent la sonnette d'alarme. À mi-parcours de l'année, le plan de réponse humanitaire pour le Mali n'est financé qu'à hauteur de **22 %**, selon le dernier point de situation publié par les agences onusiennes. Sur les quelque 700 millions de dollars jugés nécessaires pour venir en aide aux populations les plus vulnérables, moins de 160 millions ont été effectivement versés.

Ce manque de moyens intervient au pire moment. La période de soudure, qui s'étend jusqu'aux prochaines récoltes, est traditionnellement celle où les stocks familiaux s'épuisent et où les prix des céréales atteignent leur niveau le plus élevé.

## Une aide réduite à l'essentiel

Faute de financements suffisants, les organisations humanitaires ont commencé à revoir leurs priorités. Selon le document des Nations unies, plusieurs programmes pourraient être suspendus ou réduits dans les semaines à venir. Les efforts se concentreront sur :

- l'assistance alimentaire d'urgence aux ménages déplacés et aux familles les plus vulnérables ;
- la prise en charge de la malnutrition aiguë chez les enfants de moins de cinq ans ;
- l'accès à l'eau potable dans les sites de déplacés ;
- les soins de santé primaires dans les zones privées de structures fonctionnelles.

Les activités d'éducation en situation d'urgence et de relèvement économique risquent, en revanche, d'être les premières sacrifiées.

## Le Nord et le Centre en première ligne

Les régions de Ménaka, de Tombouctou, de Gao et de Mopti concentrent une grande partie des besoins, en raison de l'insécurité, des déplacements de population et des difficultés d'accès. Dans certaines localités, l'acheminement de l'aide dépend de convois escortés ou de vols humanitaires, ce qui en alourdit considérablement le coût.

> « Sur le terrain, nous voyons arriver chaque semaine de nouvelles familles qui ont tout perdu. Quand on nous annonce qu'il faudra diviser les rations par deux, on ne sait pas comment l'expliquer aux mères qui font la queue », témoigne Nafissatou Haïdara, chargée de programme au sein d'une ONG malienne à Ménaka.

## Un appel aux bailleurs

Les agences onusiennes appellent les bailleurs de fonds à honorer rapidement leurs engagements et à ne pas oublier le Sahel, éclipsé selon elles par d'autres crises dans le monde. Le détail du plan de réponse et ses mises à jour régulières sont consultables sur le site des [Nations unies](https://www.un.org).

Les autorités maliennes, de leur côté, mettent en avant les distributions de céréales organisées par l'État dans les zones déficitaires et plaident pour une meilleure coordination entre acteurs nationaux et internationaux.

[[lire:segou-familles-deplacees-sites-accueil-satures]]`,
  },
  {
    slug: 'aes-cedeao-discussions-libre-circulation-personnes-biens',
    title: 'AES–CEDEAO : reprise des discussions techniques sur la libre circulation des personnes et des biens',
    standfirst:
      "Des experts de la Confédération des États du Sahel et de la Commission de la CEDEAO se sont réunis pendant trois jours à Bamako. Au cœur des échanges : les droits de séjour, les tarifs douaniers et la situation des travailleurs migrants.",
    category: 'international',
    tags: ['AES', 'CEDEAO', 'Diplomatie', 'Sahel'],
    authors: ['aminata-diallo', 'fatoumata-coulibaly'],
    hoursAgo: 420,
    cover: {
      motif: 'assembly',
      alt: "Illustration : une salle de réunion en hémicycle vue d'en haut",
      caption: "Les experts des deux organisations ont travaillé à huis clos pendant trois jours.",
      credit: 'Illustration Kibaru',
    },
    body: `Après plusieurs mois de pause, les discussions techniques entre la Confédération des États du Sahel (AES) et la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) ont repris à Bamako. Pendant trois jours, des experts des deux organisations ont travaillé à huis clos sur les modalités de leurs relations futures, en particulier dans les domaines de la circulation des personnes et des échanges commerciaux.

Depuis le retrait du Mali, du Burkina Faso et du Niger de la CEDEAO, la préservation des acquis communautaires préoccupe les populations des deux espaces, étroitement liées par l'histoire, la géographie et le commerce.

## Préserver ce qui fonctionne

Les deux délégations ont affiché leur volonté commune de limiter l'impact de la séparation sur la vie quotidienne des citoyens. Des millions de ressortissants des pays de l'AES vivent et travaillent dans les pays côtiers, tandis que de nombreux commerçants ivoiriens, sénégalais, ghanéens ou guinéens sont installés au Mali.

> « Nos camions de bétail partent chaque semaine vers la Côte d'Ivoire et le Sénégal. Si demain il faut payer de nouveaux droits ou des visas, c'est toute la filière qui en souffrira », s'inquiète Sidiki Togola, négociant en bétail rencontré au marché de Kati.

## Les points en discussion

Selon un document de travail consulté par Kibaru, les experts ont passé en revue plusieurs dossiers sensibles :

- le maintien de l'exemption de visa pour les séjours de courte durée ;
- le droit de résidence et d'établissement des ressortissants de chaque espace ;
- le régime douanier applicable aux produits originaires de l'AES et de la CEDEAO ;
- la reconnaissance mutuelle des documents de voyage, dont le passeport de la Confédération ;
- la protection des droits des travailleurs migrants.

Aucune décision n'a été annoncée à l'issue des travaux. Les recommandations des experts doivent être soumises aux instances politiques des deux organisations.

## Un dialogue jugé indispensable

Pour les spécialistes de l'intégration régionale, la reprise des échanges est un signal positif. « Les deux espaces n'ont aucun intérêt à ériger des barrières. Le commerce informel, les familles transfrontalières, les transhumants : tout cela existe indépendamment des choix institutionnels », rappelle Oumar Kanté, économiste et enseignant à Bamako.

Les prochaines rencontres techniques devraient se tenir dans un pays membre de la CEDEAO, selon une source proche des discussions, avec l'objectif de parvenir à un premier accord-cadre d'ici à la fin de l'année.

[[lire:passeport-aes-affluence-centres-delivrance-bamako]]`,
  },

  // ───────────────────────────── SOCIÉTÉ ─────────────────────────────
  {
    slug: 'bamako-coupures-eau-saison-chaude-rive-droite',
    title: "Bamako : en pleine saison chaude, les coupures d'eau se multiplient sur la rive droite",
    standfirst:
      "Dans plusieurs quartiers de la rive droite, les robinets restent à sec une bonne partie de la journée. La société de distribution invoque la baisse du niveau du fleuve et les délestages électriques qui perturbent le pompage.",
    category: 'societe',
    tags: ['Bamako', 'Eau', 'Énergie', 'Femmes', 'Santé'],
    authors: ['mariam-sangare'],
    dateline: 'BAMAKO',
    hoursAgo: 6,
    cover: {
      motif: 'river',
      alt: "Illustration : une pirogue sur le fleuve Niger aux eaux basses",
      caption: "La baisse saisonnière du niveau du Niger complique le pompage de l'eau potable à Bamako.",
      credit: 'Illustration Kibaru',
    },
    body: `Il est à peine 4 heures du matin à Sabalibougou, et la file s'allonge déjà devant la borne-fontaine du quartier. Bidons jaunes alignés sur le sol, femmes et enfants attendent que l'eau veuille bien couler. Depuis près de deux semaines, les robinets des habitations restent à sec une grande partie de la journée, ne laissant filer qu'un mince filet au milieu de la nuit.

Le phénomène touche plusieurs quartiers de la rive droite de Bamako, dont Kalaban Coura, Niamakoro, Sabalibougou et Sogoniko. Avec des températures qui dépassent régulièrement 42 °C à l'ombre, la situation met les nerfs des habitants à rude épreuve.

## Bidons et charrettes avant l'aube

Pour remplir les jarres, chacun s'organise comme il peut. Les plus chanceux disposent d'un puits dans la cour ; les autres achètent l'eau aux charretiers, qui font payer le bidon de 20 litres entre 100 et 200 francs CFA selon les quartiers et l'heure.

> « Je me lève à 3 heures pour guetter l'eau. Si je la rate, je dois acheter aux charretiers, et avec ce que gagne mon mari, on ne peut pas se le permettre tous les jours », raconte Rokia Samaké, mère de quatre enfants à Sabalibougou.

Les femmes et les jeunes filles supportent l'essentiel de la corvée. Plusieurs enseignants signalent des élèves arrivant en retard ou épuisés après avoir passé une partie de la nuit à chercher de l'eau.

## Un réseau sous tension

La Société malienne de gestion de l'eau potable (Somagep) reconnaît des perturbations importantes. Elle les explique par la combinaison de plusieurs facteurs : la hausse de la consommation liée à la chaleur, la baisse saisonnière du niveau du fleuve Niger, qui complique le pompage, et les délestages électriques qui interrompent le fonctionnement des stations.

« Quand le courant est coupé, nos pompes s'arrêtent. Nous avons mis en place une distribution alternée entre les quartiers pour que chacun reçoive de l'eau à un moment de la journée », indique Boubacar Fofana, chargé de communication de la société. Des camions-citernes doivent être déployés dans les zones les plus touchées.

### Les conseils des services de santé

Avec la chaleur et le stockage prolongé de l'eau, les risques sanitaires augmentent. Les services de santé rappellent quelques précautions :

- conserver l'eau dans des récipients propres et toujours couverts ;
- traiter l'eau de puits avec des comprimés ou quelques gouttes d'eau de Javel avant de la boire ;
- se laver régulièrement les mains au savon ;
- consulter rapidement en cas de diarrhée, surtout chez les jeunes enfants.

Les habitants espèrent une amélioration avec l'arrivée des premières pluies. En attendant, les associations de quartier demandent la publication d'un calendrier clair de distribution, pour que chaque famille puisse s'organiser.`,
  },
  {
    slug: 'koulikoro-alphabetisation-en-bambara-femmes',
    title: "Koulikoro : un programme d'alphabétisation en bambara attire plus de 2 000 femmes",
    standfirst:
      "Lancé il y a un an dans une trentaine de villages du cercle de Koulikoro, le programme enseigne la lecture, l'écriture et le calcul en bamanankan. Les participantes s'en servent déjà pour tenir les comptes de leurs activités.",
    category: 'societe',
    tags: ['Éducation', 'Femmes', 'Koulikoro', 'Agriculture'],
    authors: ['mariam-sangare'],
    dateline: 'KOULIKORO',
    hoursAgo: 75,
    cover: {
      motif: 'school',
      alt: "Illustration : un tableau noir et des pupitres dans une salle de classe",
      caption: "Les cours d'alphabétisation ont lieu trois soirs par semaine, après les travaux des champs.",
      credit: 'Illustration Kibaru',
    },
    body: `À la tombée de la nuit, dans la cour de l'école de Tienfala, une ampoule alimentée par un panneau solaire éclaire un tableau noir. Une trentaine de femmes, certaines avec un bébé dans le dos, recopient avec application des mots en bamanankan : *dugu* (village), *ji* (eau), *wari* (argent).

Elles font partie des quelque **2 100 participantes** inscrites au programme d'alphabétisation fonctionnelle lancé il y a un an dans une trentaine de villages du cercle de Koulikoro. L'initiative, portée par une association locale avec le soutien des services de l'éducation non formelle, enseigne la lecture, l'écriture et le calcul en langue nationale.

## Des cours le soir, après les travaux

Les séances ont lieu trois soirs par semaine, pendant deux heures. L'horaire a été fixé avec les participantes, pour ne pas empiéter sur les travaux des champs, le commerce ou les tâches domestiques.

> « Avant, quand je vendais mes légumes au marché, je devais demander à quelqu'un de vérifier la monnaie. Aujourd'hui, je fais mes calculs seule et j'écris mes dépenses dans un cahier », raconte fièrement Sitan Konaré, maraîchère, inscrite depuis les premiers cours.

Le choix du bambara n'est pas anodin. Pour les responsables du programme, apprendre dans sa langue maternelle permet de progresser beaucoup plus vite. La plupart des participantes n'ont jamais été scolarisées ou ont quitté l'école très tôt.

[[image:book|Illustration : un livre ouvert aux pages couvertes d'écriture|Des manuels en bamanankan ont été conçus spécialement pour les participantes du programme.|Illustration Kibaru]]

## Lire, écrire et compter pour mieux gérer

Le contenu des cours est directement lié à la vie quotidienne. Les participantes apprennent à tenir un cahier de comptes, à lire une ordonnance ou une notice de semences, à remplir un bordereau de transfert d'argent. Des modules sur la santé maternelle et la nutrition complètent l'ensemble.

« Nous ne voulons pas seulement qu'elles sachent lire. Nous voulons qu'elles puissent utiliser la lecture pour gérer leurs tontines, leurs coopératives, leurs activités », explique Bourama Doumbia, animateur et formateur du programme.

Les résultats sont encourageants : selon l'association, près de sept participantes sur dix ont réussi l'évaluation de fin de première année, qui vérifie la capacité à lire un texte simple et à effectuer les quatre opérations.

## Une deuxième année plus ambitieuse

Pour sa deuxième année, le programme prévoit d'ouvrir des centres dans une quinzaine de nouveaux villages et de créer des bibliothèques rurales dotées de livres et de journaux en bambara. Les organisateurs cherchent également à associer davantage les hommes et les jeunes déscolarisés.

Plusieurs participantes sont déjà devenues monitrices bénévoles dans leur village. Une manière, disent-elles, de transmettre à leur tour ce qu'elles ont reçu.`,
  },
  {
    slug: 'tabaski-prix-des-moutons-bamako-marches-betail',
    title: 'Tabaski : à Bamako, le prix des moutons fait grimacer les chefs de famille',
    standfirst:
      "À quelques jours de la fête, les marchés à bétail de la capitale sont bien approvisionnés, mais les prix restent élevés. Un bélier de taille moyenne se négocie rarement à moins de 150 000 francs CFA, une lourde dépense pour les ménages.",
    category: 'societe',
    tags: ['Bamako', 'Tabaski', 'Élevage', 'Kayes'],
    authors: ['mariam-sangare', 'fatoumata-coulibaly'],
    source: { name: 'ORTM' },
    hoursAgo: 490,
    cover: {
      motif: 'market',
      alt: "Illustration : des étals colorés sous des parasols dans un marché animé",
      caption: "Sur les marchés à bétail de Bamako, l'offre est abondante mais les acheteurs hésitent.",
      credit: 'Illustration Kibaru',
    },
    body: `À quelques jours de la Tabaski, les marchés à bétail de Bamako ne désemplissent pas. À Faladié, à Niamana ou le long des grandes artères de la capitale, les enclos improvisés regorgent de béliers venus de tout le pays. Mais si l'offre est abondante, les prix, eux, découragent bon nombre d'acheteurs.

## Des prix en hausse

Selon des relevés effectués dans plusieurs marchés, les prix ont augmenté de 10 à 20 % par rapport à l'an dernier. Les fourchettes observées cette semaine :

- petit mouton : entre 75 000 et 110 000 francs CFA ;
- bélier de taille moyenne : entre 150 000 et 250 000 francs CFA ;
- gros bélier de race ladoum ou bali-bali : de 400 000 francs CFA à plus d'un million.

> « Avec ce que je gagne, un bélier à 200 000 francs, c'est presque deux mois de salaire. Je vais continuer à chercher, mais je crains de devoir me contenter d'un petit mouton cette année », confie Adama Sidibé, fonctionnaire et père de six enfants.

## Transport et aliment bétail en cause

Du côté des vendeurs, on se défend de toute spéculation. Éleveurs et commerçants mettent en avant la hausse des coûts de production et d'acheminement. Le son de blé et le tourteau de coton, utilisés pour engraisser les animaux, ont vu leur prix grimper ces derniers mois. Le transport depuis les zones d'élevage coûte également plus cher, en raison du prix du carburant et de l'insécurité sur certains axes.

> « Je viens de Nioro du Sahel. Pour amener mes quarante moutons jusqu'ici, j'ai payé le camion, les taxes à chaque poste, la nourriture et le gardiennage. Si je vends moins cher, je travaille à perte », explique Hamadi Sow, éleveur.

### Payer en plusieurs fois

Face à la cherté, les solutions de paiement se multiplient. Certains employeurs proposent des avances sur salaire, tandis que des associations de quartier et des tontines organisent des achats groupés. Quelques vendeurs acceptent aussi un paiement échelonné, à condition que le mouton reste dans l'enclos jusqu'au dernier versement.

## Des contrôles annoncés sur les marchés

Les services du commerce ont annoncé des contrôles dans les principaux marchés à bétail afin de lutter contre les pratiques spéculatives et de vérifier l'état sanitaire des animaux. Des points de vente à prix modérés, approvisionnés directement par des coopératives d'éleveurs, doivent ouvrir dans plusieurs communes du district.

Pour beaucoup de familles, l'essentiel reste de pouvoir célébrer la fête dignement. « Le mouton, c'est important, mais la Tabaski, c'est d'abord le partage », sourit Mariétou Kanouté, vendeuse de condiments au marché de Faladié, en regardant défiler les acheteurs hésitants.`,
  },
]
