/**
 * Every source the deck cites, once. Slides name them by id (`sources:` in frontmatter); records in
 * data/ carry a `sourceId`; the references slide is generated from this list.
 *
 * Rules for a record: the title is the headline exactly as published, and is left out where the copy
 * we read showed none; a URL is one we have seen; nothing is guessed. `note` says what the source
 * supports here or, for the essay's own citations, how far it could be identified.
 */
import { byId } from '../lib/validate.ts'

export type SourceRole =
  /** The essay this deck presents. */
  | 'essay'
  /** A citation made by the essay, as the essay gives it. */
  | 'essay-citation'
  /** A source this deck relies on for facts. */
  | 'deck'

export interface Source {
  /** Stable id, cited by slides and records. */
  id: string
  /** The short form on a slide's source line, e.g. "Guardian 2008". */
  short: string
  role: SourceRole
  /** Who published it (and, for a copy, where we read it). */
  publisher: string
  /** The title exactly as published. */
  title?: string
  authors?: string
  /** Publication date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source shows. */
  date?: string
  url?: string
  note?: string
  /** For the essay's citations: the deck source it most likely refers to. */
  identifiedAs?: string
}

export const sources = [
  // The essay and what it cites.
  {
    id: 'essay',
    short: 'The essay',
    role: 'essay',
    publisher: 'Blog essay',
    title: 'Kaliningrad: Russia’s Key to NATO Conflict',
    date: '2016-11',
    note: 'Written in late 2016: it calls the Bastion deployment of 21 November “last week’s”. Author and address are not preserved in our copy.',
  },
  {
    id: 'zochowski-2016',
    short: 'Zochowski 2016 (cited by the essay)',
    role: 'essay-citation',
    publisher: 'As cited by the essay',
    title: 'Zochowski 2016',
    date: '2016',
    note: 'Probably the OSW report of December 2016 (below), of which Piotr Żochowski is a co-author.',
    identifiedAs: 'osw-2016',
  },
  {
    id: 'austin-2015',
    short: 'Austin 2015 (cited by the essay)',
    role: 'essay-citation',
    publisher: 'As cited by the essay',
    title: 'Austin 2015',
    date: '2015',
    note: 'Not identified: we found no publication that matches.',
  },
  {
    id: 'standish-2015',
    short: 'Standish 2015 (cited by the essay)',
    role: 'essay-citation',
    publisher: 'As cited by the essay',
    title: 'Standish 2015',
    date: '2015',
    note: 'Not confirmed: the claim matches an unattributed copy of “Russia Is Using Syria as a Training Ground for Its Revamped Military and Shiny New Toys”, apparently Foreign Policy, December 2015.',
  },

  // Reports and reference works.
  {
    id: 'osw-2016',
    short: 'OSW 2016',
    role: 'deck',
    publisher: 'Centre for Eastern Studies (OSW), Warsaw',
    title: 'Kaliningrad Oblast 2016: The Society, Economy and Army',
    authors: 'I. Wiśniewska, M. Domańska, J. Strzelecki, P. Żochowski, A. Wilk, M. Menkiszak',
    date: '2016-12',
    note: 'OSW Report 12/2016, ISBN 978-83-62936-92-2.',
  },
  {
    id: 'wikipedia-kaliningrad',
    short: 'Wikipedia',
    role: 'deck',
    publisher: 'Wikipedia',
    title: 'Kaliningrad Oblast',
    url: 'https://en.wikipedia.org/wiki/Kaliningrad_Oblast',
    note: 'Area (15,125 km²) and population at the 2021 census (1,029,966).',
  },
  {
    id: 'natural-earth',
    short: 'Natural Earth',
    role: 'deck',
    publisher: 'Natural Earth (public domain), via the world-atlas package',
    title: 'Admin 0 – Countries, 1:50m',
    url: 'https://www.naturalearthdata.com/',
    note: 'Country shapes and borders on the maps. Natural Earth draws de-facto boundaries.',
  },
  {
    id: 'geonames',
    short: 'GeoNames',
    role: 'deck',
    publisher: 'GeoNames (CC BY 4.0)',
    title: 'cities1000 gazetteer',
    url: 'https://www.geonames.org/',
    note: 'Coordinates of the places on the maps, rounded to 0.01°.',
  },
  {
    id: 'rte-2025',
    short: 'RTÉ 2025',
    role: 'deck',
    publisher: 'RTÉ News',
    date: '2025-09-21',
    url: 'https://www.rte.ie/news/analysis-and-comment/2025/0921/1534438-suwalki-gap-nato-russia',
    note: 'The Suwałki Gap: about 100 km of border, its ends 65 km apart.',
  },
  {
    id: 'paris-1947',
    short: 'Treaty of Paris 1947',
    role: 'deck',
    publisher: 'Treaty signed at Paris',
    title: 'Treaty of Peace with Finland',
    date: '1947-02-10',
    note: 'Confirms the cession of Petsamo (Pechenga) to the Soviet Union.',
  },

  // The economy and energy.
  {
    id: 'rferl-sez',
    short: 'RFE/RL 2005',
    role: 'deck',
    publisher: 'Radio Free Europe/Radio Liberty',
    title: 'Duma Extends Kaliningrad’s Special Status',
    date: '2005-12-23',
    url: 'https://www.rferl.org/a/1064114.html',
    note: 'The Duma vote for the special economic zone law (signed as Federal Law 16-FZ on 10 January 2006).',
  },
  {
    id: 'rosbalt-2014',
    short: 'Rosbalt 2014',
    role: 'deck',
    publisher: 'Rosbalt',
    title: 'Калининградской области пообещали субсидии в связи с «проблемой-2016»',
    date: '2014-10-30',
    url: 'http://www.rosbalt.ru/kaliningrad/2014/10/30/1332950.html',
    note: 'From 1 April 2016 goods made in the zone lose duty-free entry to the rest of the customs union.',
  },
  {
    id: 'pwc-2017',
    short: 'PwC 2017',
    role: 'deck',
    publisher: 'PwC Germany, Russland News blog',
    url: 'https://blogs.pwc.de/russland-news/page/5/',
    note: 'Federal Law 393-FZ (2017) extends the special economic zone to 2045.',
  },
  {
    id: 'dw-2019',
    short: 'DW 2019',
    role: 'deck',
    publisher: 'Deutsche Welle',
    title: 'Moscow boosts Kaliningrad power play',
    authors: 'Jo Harper',
    date: '2019-03-22',
    url: 'https://www.dw.com/en/kaliningrad-gets-moscow-energy-boost-as-baltic-states-pull-plug/a-47979106',
    note: 'Baltiysk as the Baltic Fleet’s home and Russia’s only ice-free European port; the Pregolskaya gas plant (455 MW).',
  },
  {
    id: 'portnews-2023',
    short: 'PortNews 2023',
    role: 'deck',
    publisher: 'PortNews',
    title: 'Icebreaker assistance season begins in the port of Primorsk in the Leningrad Region',
    date: '2023-01-09',
    url: 'https://en.portnews.ru/news/341080',
    note: 'Russia’s Gulf of Finland ports work through winter ice with icebreakers.',
  },
  {
    id: 'moscowtimes-2019',
    short: 'Moscow Times 2019',
    role: 'deck',
    publisher: 'The Moscow Times',
    date: '2019-01-08',
    url: 'https://themoscowtimes.com/news/putin-declares-exclaves-energy-independence-as-he-turns-on-lng-tap-64069',
    note: 'Kaliningrad’s floating LNG terminal opens.',
  },
  {
    id: 'reuters-2025',
    short: 'Reuters 2025',
    role: 'deck',
    publisher: 'Reuters, via CNA',
    date: '2025-02-10',
    url: 'https://www.channelnewsasia.com/world/baltic-states-switch-european-power-grid-ending-russia-ties-4926906',
    note: 'The Baltic states leave the Russian grid; Kaliningrad runs its own.',
  },

  // Missile defence and the Iskander threat, 2008–2011.
  {
    id: 'guardian-2008',
    short: 'Guardian 2008',
    role: 'deck',
    publisher: 'The Guardian',
    title: 'Russia fires warning shot over US missile plan',
    date: '2008-11-07',
    url: 'https://www.theguardian.com/world/2008/nov/07/russia-us-foreign-policy',
  },
  {
    id: 'bbc-2008',
    short: 'BBC 2008',
    role: 'deck',
    publisher: 'BBC News',
    title: 'Kremlin tactics challenge Obama',
    authors: 'Rupert Wingfield-Hayes',
    date: '2008-11-05',
    url: 'http://news.bbc.co.uk/2/hi/europe/7711723.stm',
  },
  {
    id: 'wpr-2008',
    short: 'WPR 2008',
    role: 'deck',
    publisher: 'World Politics Review',
    title: 'Global Insights: Medvedev Welcomes Obama with Missiles',
    date: '2008-11',
    url: 'https://www.worldpoliticsreview.com/global-insights-medvedev-welcomes-obama-with-missiles/',
    note: 'Iskanders to Kaliningrad against US missile defence; a declared range just under 500 km.',
  },
  {
    id: 'jpost-2009',
    short: 'JPost 2009',
    role: 'deck',
    publisher: 'The Jerusalem Post',
    title: 'Interfax: Russia suspends Kaliningrad missile plan',
    date: '2009-01',
    url: 'https://www.jpost.com/international/interfax-russia-suspends-kaliningrad-missile-plan',
  },
  {
    id: 'moscowtimes-2009',
    short: 'Moscow Times 2009',
    role: 'deck',
    publisher: 'The Moscow Times',
    title: 'Kremlin Calls Off Missiles',
    date: '2009-09',
    url: 'http://oldtmt.vedomosti.ru/sitemap/free/2009/9/article/kremlin-calls-off-missiles/384285.html',
    note: 'The US scraps its Polish–Czech plan; Medvedev says the Iskanders will not be deployed.',
  },
  {
    id: 'afp-2011',
    short: 'AFP 2011',
    role: 'deck',
    publisher: 'AFP, via Pakistan Today',
    date: '2011-11-23',
    url: 'https://archive.pakistantoday.com.pk/2011/11/23/medvedev-threatens-missile-deployment-on-eu-borders',
    note: 'Medvedev repeats the Iskander threat.',
  },

  // Iskander and Bastion in Kaliningrad, 2013–2018.
  {
    id: 'ap-2013',
    short: 'AP 2013',
    role: 'deck',
    publisher: 'AP, via The Japan Times',
    title: 'Lithuania, Poland concerned about deployment of missiles by Russia',
    date: '2013-12-17',
    url: 'http://www.japantimes.co.jp/news/2013/12/17/world/lithuania-poland-concerned-about-deployment-of-missiles-by-russia-2/',
  },
  {
    id: 'tass-2014',
    short: 'TASS 2014',
    role: 'deck',
    publisher: 'TASS',
    title: 'Ракетные комплексы «Искандер-М» возвращены из Калининградской области в место дислокации',
    date: '2014-12-16',
    url: 'http://tass.ru/armiya-i-opk/1651573',
  },
  {
    id: 'tass-2015',
    short: 'TASS 2015',
    role: 'deck',
    publisher: 'TASS',
    title: 'Iskander-M missile systems to be deployed in Kaliningrad region till 2018',
    date: '2015-05',
    url: 'http://tass.com/russia/795113',
  },
  {
    id: 'rferl-2016',
    short: 'RFE/RL 2016',
    role: 'deck',
    publisher: 'Radio Free Europe/Radio Liberty',
    title: 'Russia Moves Nuclear-Capable Missiles Into Kaliningrad',
    date: '2016-10',
    url: 'https://www.rferl.org/a/russia-reported-moving-nuclear-capable-missiles-kaliningrad-iskander-m/28039272.html',
  },
  {
    id: 'ap-2016',
    short: 'AP 2016',
    role: 'deck',
    publisher: 'AP, via Stars and Stripes',
    title: 'NATO criticizes new Russian missiles near Poland, Lithuania',
    date: '2016-11-22',
    url: 'https://www.stripes.com/news/europe/nato-criticizes-new-russian-missiles-near-poland-lithuania-1.440622',
  },
  {
    id: 'sputnik-2016',
    short: 'Sputnik 2016',
    role: 'deck',
    publisher: 'Sputnik France',
    date: '2016-11-21',
    url: 'https://fr.sputniknews.africa/20161121/russie-kaliningrad-bastion-1028805857.html',
    note: 'Bastion-P to Kaliningrad: 300 km missile range, a 600 km “protection zone”.',
  },
  {
    id: 'csis-iskander',
    short: 'CSIS Missile Threat',
    role: 'deck',
    publisher: 'CSIS Missile Threat',
    title: 'Russia Sends Iskander Missiles To Tajikstan',
    url: 'https://missilethreat.csis.org/russia-sends-iskander-missiles-tajikstan/',
    note: 'Iskander-M: a short-range ballistic missile with a range of about 500 km.',
  },
  {
    id: 'csis-oniks',
    short: 'CSIS Missile Threat',
    role: 'deck',
    publisher: 'CSIS Missile Threat',
    title: 'Russia Deploying Missiles to Disputed Islands',
    url: 'https://missilethreat.csis.org/russia-plans-missile-deployment-to-disputed-islands/',
    note: 'The P-800 Oniks fired by Bastion-P reaches up to 300 km (a later CSIS item gives 500 km).',
  },
  {
    id: 'lsm-2018',
    short: 'LSM 2018',
    role: 'deck',
    publisher: 'Public Broadcasting of Latvia (LSM)',
    title: 'Russia permanently stationing Iskander missiles in Kaliningrad',
    date: '2018-02',
    url: 'https://eng.lsm.lv/article/society/defense/russia-permanently-stationing-iskander-missiles-in-kaliningrad.a266783/',
  },
  {
    id: 'uawire-2018',
    short: 'UAWire 2018',
    role: 'deck',
    publisher: 'UAWire',
    title: 'Russia confirms deployment of Iskander missiles in Kaliningrad region',
    date: '2018',
    url: 'https://uawire.org/russia-confirms-deployment-of-iskander-missiles-in-kaliningrad-oblast',
    note: 'Iskanders serve with the 152nd Guards Missile Brigade at Chernyakhovsk, replacing Tochka-U.',
  },

  // NATO and the wider context.
  {
    id: 'rferl-1999',
    short: 'RFE/RL 1999',
    role: 'deck',
    publisher: 'Radio Free Europe/Radio Liberty',
    title: 'NATO: Alliance Formally Welcomes Three New Members',
    date: '1999-03-12',
    url: 'https://www.rferl.org/a/1090798.html',
  },
  {
    id: 'tvp-2024',
    short: 'TVP World 2024',
    role: 'deck',
    publisher: 'TVP World',
    title: 'Seven CEE nations mark 20 years in NATO',
    date: '2024-03-29',
    url: 'https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato',
    note: 'Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined on 29 March 2004.',
  },
  {
    id: 'latimes-2014',
    short: 'LA Times 2014',
    role: 'deck',
    publisher: 'Los Angeles Times',
    title: 'Putin completes annexation of Crimea for Russia',
    date: '2014-03-21',
    url: 'https://www.latimes.com/world/worldnow/la-fg-wn-putin-signs-annexation-20140321-story.html',
  },
  {
    id: 'stripes-2016',
    short: 'Stars and Stripes 2016',
    role: 'deck',
    publisher: 'Stars and Stripes',
    title: 'Anakonda 16 exercise opens with ceremony in Warsaw',
    date: '2016-06-06',
    url: 'https://www.stripes.com/news/anakonda-16-exercise-opens-with-ceremony-in-warsaw-1.413467',
    note: 'A ten-day exercise with about 31,000 troops from 24 countries.',
  },
  {
    id: 'nato-2016',
    short: 'NATO 2016',
    role: 'deck',
    publisher: 'NATO',
    title: 'Pre-Summit press conference by NATO Secretary General Jens Stoltenberg',
    date: '2016-07-04',
    url: 'https://www.nato.int/cps/en/natohq/opinions_133053.htm',
    note: 'Four multinational battalions for the Baltic states and Poland, led by Canada, Germany, the United Kingdom and the United States.',
  },
  {
    id: 'ap-2016-warsaw',
    short: 'AP May 2016',
    role: 'deck',
    publisher: 'AP, via the New Jersey Herald',
    title: 'NATO chief says Warsaw summit comes at ‘critical time’',
    date: '2016-05-31',
    url: 'https://www.njherald.com/story/news/nation-world/2016/05/31/nato-chief-says-warsaw-summit/2915024007/',
    note: 'Stoltenberg presents the summit’s reinforcement as NATO’s response to a Russia “changing borders by force”; Moscow promises measures in response.',
  },
  {
    id: 'defensenews-2016',
    short: 'Defense News 2016',
    role: 'deck',
    publisher: 'Defense News',
    title: 'NATO Agrees On E. European Rotational Troops At Warsaw Summit',
    date: '2016-07-08',
    url: 'http://www.defensenews.com/story/defense/omr/roadtowarsaw/2016/07/08/nato-agrees-eastern-european-rotational-battalions-warsaw-summit/86863516/',
  },

  // Kaliningrad's missiles as the map draws them: air defence, land attack, and how far rings mislead.
  {
    id: 'moscowtimes-2012',
    short: 'Moscow Times 2012',
    role: 'deck',
    publisher: 'The Moscow Times (with AP)',
    title: 'Report: Military Deploys S-400s in Kaliningrad',
    date: '2012-04',
    url: 'https://themoscowtimes.com/archive/report-military-deploys-s-400s-in-kaliningrad',
    note: 'Izvestia, citing unnamed officials, reports S-400 surface-to-air missiles arriving in Kaliningrad; the Defence Ministry declined to comment. Gives the S-400’s range as 120 to 400 km (the map draws the nominal maximum, 400 km). The copy shows no day; it refers to an interview of 2 April 2012 as “late last week”.',
  },
  {
    id: 'b92-2012',
    short: 'B92 2012',
    role: 'deck',
    publisher: 'B92 (from Beta and AP)',
    title: 'Russia deploys missiles near Poland, Lithuania',
    date: '2012-04-07',
    url: 'https://www.b92.net/eng/news/world.php?yyyy=2012&mm=04&dd=07&nav_id=79662',
    note: 'The same Izvestia report of S-400s arriving in Kaliningrad, via AP: a second copy, with its date.',
  },
  {
    id: 'firstpost-2022',
    short: 'Firstpost 2022',
    role: 'deck',
    publisher: 'Firstpost (with agencies)',
    title: 'Russian missile hits Ukraine airport, destroys runway, says Odesa governor',
    date: '2022-05-01',
    url: 'https://www.firstpost.com/world/russian-missile-hits-ukraine-airport-destroys-runway-says-odesa-governor-10621601.html',
    note: 'Bastion against a land target: Odesa’s governor says a Bastion coastal-defence missile launched from Crimea destroyed the airport’s runway; Russia’s defence ministry says Onyx (Oniks) missiles destroyed a hangar and the runway.',
  },
  {
    id: 'delfi-foi',
    short: 'Delfi, on FOI',
    role: 'deck',
    publisher: 'Delfi (Estonia), in Estonian',
    url: 'https://www.delfi.ee/news/paevauudised/valismaa/rootsi-raport-venemaa-a2ad-voimekus-on-ulehinnatud?id=85511491',
    note: 'Reports a study by FOI, the Swedish Defence Research Agency: its deputy research director Robert Dalsjö, who wrote it with Michael Jonsson, says Russia’s A2/AD capability is less effective than the Russian military and the Western press claim, because finding and hitting a target tens of kilometres away is harder than many think. Supports “range rings overstate denial”. The study itself (Dalsjö, Berglund and Jonsson, “Bursting the Bubble”, FOI, 2019) was not in our store: its exact title, report number and date are unverified. Our copy shows no headline or date.',
  },

  // After the essay.
  {
    id: 'lrt-2022',
    short: 'LRT 2022',
    role: 'deck',
    publisher: 'LRT (Lithuanian National Radio and Television)',
    date: '2022-06-19',
    url: 'https://www.lrt.lt/en/news-in-english/19/1722970/lithuania-bans-transit-of-sanctioned-russian-goods',
    note: 'Lithuania stops rail transit of EU-sanctioned goods to Kaliningrad.',
  },
  {
    id: 'euractiv-2022',
    short: 'Euractiv 2022',
    role: 'deck',
    publisher: 'Euractiv',
    title: 'Lithuania lifts ban on rail transport of goods into Kaliningrad',
    date: '2022-07-22',
    url: 'https://www.euractiv.com/section/global-europe/news/lithuania-lifts-ban-on-rail-transport-of-goods-into-kaliningrad/',
  },
  {
    id: 'ap-2023',
    short: 'AP 2023',
    role: 'deck',
    publisher: 'AP, via WVUA 23',
    title: 'Finland joins NATO in major blow to Russia over Ukraine war',
    date: '2023-04-04',
    url: 'https://www.wvua23.com/finland-joins-nato-in-major-blow-to-russia-over-ukraine-war/',
  },
  {
    id: 'tass-2023',
    short: 'TASS 2023',
    role: 'deck',
    publisher: 'TASS',
    date: '2023-06-16',
    url: 'https://tass.com/politics/1634139',
    note: 'Putin: the first nuclear warheads have reached Belarus.',
  },
  {
    id: 'ap-2024',
    short: 'AP 2024',
    role: 'deck',
    publisher: 'AP, via KEYT',
    date: '2024-03-07',
    url: 'https://keyt.com/news/2024/03/07/sweden-officially-joins-nato-after-completing-its-accession-process-ending-decades-of-neutrality/',
    note: 'Sweden becomes NATO’s 32nd member.',
  },
  {
    id: 'lrt-2023',
    short: 'LRT 2023',
    role: 'deck',
    publisher: 'LRT (Lithuanian National Radio and Television)',
    title: 'Some Wagner mercenaries move towards Suwalki Gap, says Polish PM',
    date: '2023-07-29',
    url: 'https://www.lrt.lt/en/news-in-english/19/2046373/some-wagner-mercenaries-move-towards-suwalki-gap-says-polish-pm',
    note: 'The Suwałki Gap: the stretch of Polish–Lithuanian border between Kaliningrad and Belarus.',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof sources)[number]['id']

/** The source with this id; throws, naming the id, if there is none. */
export const sourceById = byId<Source>(sources, 'source', 'data/sources.ts')

/** The short form for a slide's source line. */
export function shortCitation(id: string): string {
  return sourceById(id).short
}
