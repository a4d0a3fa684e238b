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
  /**
   * Where the copy we read shows no title: what the item is, in our words. The reference list shows it
   * in square brackets, as citation styles do for untitled works, so it is never taken for a headline.
   */
  description?: string
  authors?: string
  /** Publication date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source shows. */
  date?: string
  /** Why a source has no date (a reference page revised continually, an undated web page); the list shows "n.d.". */
  undated?: string
  url?: string
  note?: string
  /** For the essay's citations: the deck source it most likely refers to. */
  identifiedAs?: string
  /**
   * Set on every record from state-controlled media (TASS, RIA Novosti, Sputnik, RT and the like):
   * what the outlet is, e.g. "Russian state news agency". The reference list shows it after the publisher.
   */
  stateMedia?: string
  /** Bibliographic detail the title does not carry: journal volume(issue) and pages, place of publication, an identifier. */
  citation?: string
}

export const sources = [
  // The essay and what it cites.
  {
    id: 'essay',
    short: 'The essay',
    role: 'essay',
    publisher: 'Blog essay',
    title: 'Kaliningrad: Russia’s Key to NATO Conflict',
    date: '2016',
    note: 'Undated in our copy, as are its author and address. It calls Russia’s autumn missile moves “last week’s” (Bastion-P was reported on 21 November 2016), so late 2016; if its “Zochowski 2016” is the OSW report of December 2016, December 2016 at the earliest.',
  },
  {
    id: 'zochowski-2016',
    short: 'Zochowski 2016 (cited by the essay)',
    role: 'essay-citation',
    publisher: 'As cited by the essay',
    title: 'Zochowski 2016',
    date: '2016',
    note: 'Probably, not certainly, the OSW report of December 2016 (below), whose six authors include Piotr Żochowski; the essay gives no title. If it is that report, the essay was finished in December 2016 or later.',
    identifiedAs: 'osw-2016',
  },
  {
    id: 'austin-2015',
    short: 'Austin 2015 (cited by the essay)',
    role: 'essay-citation',
    publisher: 'As cited by the essay',
    title: 'Austin 2015',
    date: '2015',
    note: 'Not identified: repeated searches of the sources available to us found no publication by an Austin, 2015, that matches the claim.',
  },
  {
    id: 'standish-2015',
    short: 'Standish 2015 (cited by the essay)',
    role: 'essay-citation',
    publisher: 'As cited by the essay',
    title: 'Standish 2015',
    date: '2015',
    note: 'Not confirmed: the claim matches “Russia Is Using Syria as a Training Ground for Its Revamped Military and Shiny New Toys”, read only in an unattributed copy whose text quotes an analyst speaking “to Foreign Policy”; the copy shows no author or date (probably Reid Standish, Foreign Policy, December 2015).',
  },

  // Reports and reference works.
  {
    id: 'osw-2016',
    short: 'OSW 2016',
    role: 'deck',
    publisher: 'Centre for Eastern Studies (OSW), Warsaw; read in a copy on docslib.org',
    title: 'Kaliningrad Oblast 2016: The Society, Economy and Army',
    authors: 'I. Wiśniewska, M. Domańska, J. Strzelecki, P. Żochowski, A. Wilk, M. Menkiszak',
    date: '2016-12',
    url: 'https://docslib.org/download/8824575/kaliningrad-oblast-2016-the-society-economy-and-army-warsaw-december-2016',
    note: 'OSW Report 12/2016, ISBN 978-83-62936-92-2.',
    citation: 'OSW Report 12/2016; ISBN 978-83-62936-92-2',
  },
  {
    id: 'wikipedia-kaliningrad',
    undated: 'an encyclopaedia article revised continually; read in 2026',
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
    date: '2018-05',
    url: 'https://www.naturalearthdata.com/',
    citation: 'Natural Earth version 4.1.0, as shipped by the npm package world-atlas 2.0.2 (its README: “version 4.1.0”; git tag v2.0.2 of 5 Sep 2019)',
    note: 'Country shapes and borders on the maps. Natural Earth draws de-facto boundaries. Date: Natural Earth 4.1.0 was released in May 2018 (as the rnaturalearth changelog states; we did not read Natural Earth’s own release notes).',
  },
  {
    id: 'geonames',
    short: 'GeoNames',
    role: 'deck',
    publisher: 'GeoNames (CC BY 4.0)',
    title: 'cities1000 gazetteer',
    date: '2026-11-26',
    url: 'https://www.geonames.org/',
    note: 'Coordinates of the places on the maps, rounded to 0.01°. GeoNames is updated continuously and has no edition date; the date given is when the coordinates entered this deck (commit b5a9ce5), the closest we can say to when the gazetteer was read. They were not re-read against GeoNames since.',
  },
  {
    id: 'rte-2025',
    description: 'Analysis of the Suwałki Gap between Kaliningrad and Belarus',
    short: 'RTÉ 2025',
    role: 'deck',
    publisher: 'RTÉ News',
    date: '2025-09-21',
    url: 'https://www.rte.ie/news/analysis-and-comment/2025/0921/1534438-suwalki-gap-nato-russia',
    note: 'The Suwałki Gap: “The jagged Polish-Lithuanian border spans about 100km” from the Belarus tripoint to Kaliningrad; “As the crow flies, the distance between the two points is 65km.” (Re-read; the headline is not shown in our copy.)',
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
    note: 'The Duma passes a law extending the special economic zone regime in Kaliningrad for 25 years (the law’s number, 16-FZ, and its signing on 10 January 2006 are not on this page).',
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
    short: 'PwC 2018',
    role: 'deck',
    publisher: 'PwC Germany, Russland-News blog',
    title: 'Sonderwirtschaftszone im Kaliningrader Gebiet bis 2045 verlängert, Regelungen für Investoren verbessert',
    date: '2018-02-09',
    url: 'https://blogs.pwc.de/russland-news/2018/02/09/sonderwirtschaftszone-im-kaliningrader-gebiet-bis-2045-verlaengert-regelungen-fuer-investoren-verbessert/',
    note: 'The zone was set up under Federal Law 16-FZ of 10 January 2006 until 1 April 2031; Federal Law 393-FZ, passed on 5 December 2017, extends it to 31 December 2045 (most provisions in force from 1 January 2018). The date is the one in the post’s address.',
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
    note: 'Exact words: the Baltic Fleet is at “the port of Baltiysk, the country’s only ice-free European port”; the Pregolsky gas-powered station, “455.2 megawatts”. DW does not say “all winter” or “generally”.',
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
    title: 'Putin Declares Exclave’s Energy ‘Independence’ as He Turns on LNG Tap',
    date: '2019-01-08',
    url: 'https://themoscowtimes.com/news/putin-declares-exclaves-energy-independence-as-he-turns-on-lng-tap-64069',
    note: 'Kaliningrad’s floating LNG terminal opens.',
  },
  {
    id: 'reuters-2025',
    description: 'Report on the Baltic states leaving the Russian power grid',
    short: 'Reuters 2025',
    role: 'deck',
    publisher: 'Reuters, via CNA',
    date: '2025-02-10',
    url: 'https://www.channelnewsasia.com/world/baltic-states-switch-european-power-grid-ending-russia-ties-4926906',
    note: 'The Baltic states leave the Russian (IPS/UPS) grid; Kaliningrad “is cut off from Russia’s main grid, leaving it to maintain its power system alone”. (Re-read; the headline is not shown in our copy.)',
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
    short: 'Euronews 2011',
    role: 'deck',
    publisher: 'Euronews',
    title: 'Russia threatens to deploy missiles in row with US',
    date: '2011-11-23',
    url: 'http://www.euronews.com/2011/11/23/russia-threatens-to-deploy-missiles-in-row-with-us',
    note: 'Medvedev repeats the Iskander threat in a televised address: Iskanders, “which have a range of up to 500 kilometres, may be stationed in the Kaliningrad enclave”. (Replaces the AFP report in Pakistan Today, whose headline our copy did not show; the id is kept.) The date is the one in the address.',
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
    stateMedia: 'Russian state news agency',
    title: 'Ракетные комплексы «Искандер-М» возвращены из Калининградской области в место дислокации',
    date: '2014-12-16',
    url: 'http://tass.ru/armiya-i-opk/1651573',
  },
  {
    id: 'tass-2015',
    short: 'TASS 2015',
    role: 'deck',
    publisher: 'TASS',
    stateMedia: 'Russian state news agency',
    title: 'Iskander-M missile systems to be deployed in Kaliningrad region till 2018',
    date: '2015-05-16',
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
    // The id is kept because data/weapons.ts and several slides cite it; CSIS's own Iskander page is not
    // in the sources we can read, so the record is now a Reuters report about Kaliningrad itself.
    id: 'csis-iskander',
    short: 'Reuters 2018',
    role: 'deck',
    publisher: 'Reuters, via The Jerusalem Post',
    title: 'Russia deploys Iskander nuclear-capable missiles to Kaliningrad',
    date: '2018-02',
    url: 'https://www.jpost.com/breaking-news/russia-deploys-iskander-nuclear-capable-missiles-to-kaliningrad-540735',
    note: 'Iskander (SS-26 Stone): “Its two guided missiles have a range of up to 500 kilometers (about 300 miles) and can carry either conventional or nuclear warheads.”',
  },
  {
    id: 'csis-oniks',
    undated: 'the page gives a day and month but no year',
    short: 'CSIS Missile Threat',
    role: 'deck',
    publisher: 'CSIS Missile Threat',
    title: 'Russia Deploying Missiles to Disputed Islands',
    url: 'https://missilethreat.csis.org/russia-plans-missile-deployment-to-disputed-islands/',
    note: 'The P-800 Oniks fired by Bastion-P reaches up to 300 km (a later CSIS item gives 500 km). Undated: the item cites a Kyodo report “on August 2” without a year; the Kyodo report on an internal Russian document about Bastion for two Kuril islands that we could date is of 2 September 2019 (defense-aerospace.com excerpt), so the year is uncertain.',
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
    publisher: 'NATO, Press Release (2016) 100; read in a copy at alliansfriheten.se',
    title: 'Warsaw Summit Communiqué',
    date: '2016-07-09',
    url: 'https://www.alliansfriheten.se/warsaw-summit-communique-nato-int/',
    note: 'Issued by the heads of state and government at the North Atlantic Council in Warsaw, 8–9 July 2016: an enhanced forward presence in Estonia, Latvia, Lithuania and Poland from early 2017, “four battalion-sized battlegroups”. It does not name the lead nations (see SHAPE, EFP history).',
  },
  {
    id: 'ap-2016-warsaw',
    short: 'AP May 2016',
    role: 'deck',
    publisher: 'AP, via the New Jersey Herald',
    title: "NATO chief says Warsaw summit comes at 'critical time'",
    date: '2016-05-31',
    url: 'https://www.njherald.com/story/news/nation-world/2016/05/31/nato-chief-says-warsaw-summit/2915024007/',
    note: 'Stoltenberg presents the summit’s reinforcement as NATO’s response to a Russia “changing borders by force”; Moscow promises measures in response.',
  },

  // After the essay.
  {
    id: 'lrt-2022',
    description: 'Report on Lithuania’s stop to the rail transit of EU-sanctioned goods to Kaliningrad',
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
    short: 'Ukrainska Pravda 2023',
    role: 'deck',
    publisher: 'Ukrainska Pravda (reporting European Pravda)',
    title: 'Putin claims Russian nuclear weapons are already in Belarus',
    date: '2023-06-16',
    url: 'https://www.pravda.com.ua/eng/news/2023/06/16/7407202/',
    note: 'Putin at the St Petersburg forum, Friday 16 June 2023: “The first nuclear warheads were delivered to the territory of Belarus.” (Replaces TASS, tass.com/politics/1634139, which reports the same words but whose headline our copy did not show; the id is kept.)',
  },
  {
    id: 'ap-2024',
    short: 'Mint 2024',
    role: 'deck',
    publisher: 'Mint (livemint.com)',
    title: 'Sweden ends decades of neutrality to formally join NATO alliance',
    date: '2024-03-07',
    url: 'https://www.livemint.com/news/world/sweden-ends-decades-of-neutrality-to-formally-join-nato-alliance-11709829760054.html',
    note: 'Sweden “on Thursday formally joined NATO as the 32nd member”. (Same words as the AP report by Matthew Lee and Lorne Cook carried by KEYT, whose headline our copy did not show; the id is kept.)',
  },
  {
    id: 'lrt-2023',
    short: 'LRT 2023',
    role: 'deck',
    publisher: 'LRT (Lithuanian National Radio and Television)',
    title: 'Some Wagner mercenaries move towards Suwalki Gap, says Polish PM',
    date: '2023-07-29',
    url: 'https://www.lrt.lt/en/news-in-english/19/2046373/some-wagner-mercenaries-move-towards-suwalki-gap-says-polish-pm',
    note: 'The Suwałki Gap: the stretch of Polish–Lithuanian border between Kaliningrad and Belarus (LRT calls it “an 80-kilometre stretch of land”; RTÉ gives about 100 km of border, 65 km as the crow flies).',
  },
  // Research additions for issue 8 (checks, geography, the 2022 transit restriction, theory).
  {
    id: 'nunn-lugar',
    short: 'National Academies 2009',
    role: 'deck',
    publisher: 'National Academies (National Research Council), Office of News and Public Information',
    title: 'Under White House Leadership, Cooperative Threat Reduction Programs Should Be Revamped to Address 21st Century Threats',
    date: '2009-03-06',
    url: 'https://www8.nationalacademies.org/onpinews/newsitem.aspx?RecordID=12583',
    note: 'The US Cooperative Threat Reduction (Nunn–Lugar) programmes “were created in 1991 to eliminate the former Soviet Union’s nuclear, chemical, and other weapons and prevent their proliferation”.',
  },
  {
    id: 'eu-sanctions-2014',
    short: 'EU Council 2014',
    role: 'deck',
    publisher: 'Council of the European Union, Official Journal L 78; read on legislation.gov.uk',
    title: 'Council Decision 2014/145/CFSP of 17 March 2014 concerning restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
    date: '2014-03-17',
    url: 'https://www.legislation.gov.uk/eudn/2014/145/contents/data.html',
    note: 'The EU’s first sanctions over Crimea: travel restrictions and an asset freeze on those responsible; it recalls that EU leaders on 6 March 2014 condemned “the unprovoked violation of Ukrainian sovereignty and territorial integrity by the Russian Federation”.',
  },
  {
    id: 'ofac-2014',
    short: 'US Treasury 2014',
    role: 'deck',
    publisher: 'US Treasury, Office of Foreign Assets Control, Federal Register doc. 2014-10576; read in a copy at federal.elaws.us',
    title: 'Ukraine-Related Sanctions Regulations',
    date: '2014-05-08',
    url: 'http://federal.elaws.us/fr/notice/5/8/2014/2014-10576',
    note: 'Implements Executive Order 13660 of 6 March 2014, 13661 of 17 March 2014 and 13662 of 20 March 2014 (“Blocking Property of … Persons Contributing to the Situation in Ukraine”): the US sanctions from March 2014.',
  },
  {
    id: 'nato-wales-2014',
    short: 'NATO, RAP',
    role: 'deck',
    publisher: 'NATO',
    title: 'Statement of Foreign Ministers on the Readiness Action Plan',
    date: '2014-12-02',
    url: 'https://www.nato.int/cps/en/natohq/official_texts_115551.htm?selectedLocale=en',
    note: '“The Readiness Action Plan agreed by Heads of State and Government at the Wales Summit … responds to the challenges posed by Russia”; it includes a new Very High Readiness Joint Task Force. The statement’s page shows no date; the date is that of the foreign ministers’ meeting it comes from, as NATO’s dated pages for that meeting show (Stoltenberg’s opening remarks and doorstep, 2 Dec 2014, nato.int opinions_115316 and opinions_115312).',
  },
  {
    id: 'shape-2016',
    short: 'SHAPE 2016',
    role: 'deck',
    publisher: 'NATO, Supreme Headquarters Allied Powers Europe (SHAPE)',
    title: 'Polish-led Exercise Anakonda 2016 a huge success',
    date: '2016-06',
    url: 'https://shape.nato.int/2016/polishled-exercise-anakonda-2016-a-huge-success.aspx',
    note: 'Anakonda 2016 (7–17 June, 31,000 personnel from Allied and partner nations) was “the Polish-led exercise”, directed by a Polish general, with “elements of the NATO Response Force” taking part; he calls it a “national exercise” with “NATO involvement”.',
  },
  {
    id: 'rferl-2017',
    short: 'RFE/RL 2017',
    role: 'deck',
    publisher: 'Radio Free Europe/Radio Liberty',
    title: 'The Kurile Islands: Why World War II Never Ended',
    date: '2017',
    url: 'https://pressroom.rferl.org/a/the-disputed-islands-where-world-war-2-never-ended/28571768.html',
    note: 'Photo essay: Soviet forces seized the southern Kurile Islands in 1945; Russia holds them, Japan claims the four southernmost. (Another copy says the gallery was first published in April 2017.)',
  },
  {
    id: 'moscow-1940',
    short: 'Treaty of Moscow 1940',
    role: 'deck',
    publisher: 'Treaty signed at Moscow; text read on WFYI’s “Fire and Ice” site',
    title: 'Treaty of Peace Between the Republic of Finland and the Union of Soviet Socialist Republics',
    date: '1940-03-12',
    url: 'http://media.wfyi.org/fireandice/history/1940_peace_treaty.htm',
    note: 'Article II: the new frontier puts in the USSR “the entire Karelian Isthmus with the city of Viipuri [Vyborg]”, the shores of Lake Ladoga and other areas.',
  },
  {
    id: 'trains-2022',
    short: 'Trains 2022',
    role: 'deck',
    publisher: 'Trains (trains.com)',
    title: 'European rail line caught up in geopolitics stemming from Ukraine war',
    authors: 'Keith Fender',
    date: '2022-08-02',
    url: 'https://www.trains.com/trn/news-reviews/news-wire/european-rail-line-caught-up-in-geopolitics-stemming-from-ukraine-war/',
    note: 'The rail line “connects the otherwise isolated small Russian region of Kaliningrad with the rest of Russia, via both Lithuania and Russian ally Belarus”.',
  },
  {
    id: 'meduza-2022',
    description: 'Report on the rail-transit restrictions that began on 18 June 2022',
    short: 'Meduza 2022',
    role: 'deck',
    publisher: 'Meduza',
    date: '2022-06-20',
    url: 'https://meduza.io/amp/en/feature/2022/06/20/more-than-serious',
    note: 'Lithuania’s ban on rail transit of EU-sanctioned goods to Kaliningrad began on Saturday 18 June 2022 (coal, metals, cement, wood, construction materials, advanced technology); Senator Grigory Karasin speaks of preventing the region “from being blockaded”.',
  },
  {
    id: 'tass-2022',
    short: 'TASS 2022',
    role: 'deck',
    publisher: 'TASS',
    stateMedia: 'Russian state news agency',
    title: 'Kremlin reveals when to expect response to Lithuanian ‘blockade’ of Kaliningrad',
    date: '2022-06-20',
    url: 'https://tass.com/politics/1468603',
    note: 'Kremlin spokesman Dmitry Peskov on the restriction: “It’s an element of the blockade, of course.”',
  },
  {
    id: 'uawire-2022',
    short: 'UAWire 2022',
    role: 'deck',
    publisher: 'UAWire',
    title: 'Russia threatens Lithuania with steps that will be ‘felt by all its population’',
    date: '2022-06',
    url: 'https://uawire.org/russia-threatens-lithuania-with-steps-that-will-be-felt-by-all-its-population',
    note: 'Security Council secretary Nikolai Patrushev calls it “Lithuania’s blockade of transit to the Kaliningrad region of a large list of goods” and threatens a response. The page shows no date: June 2022 is inferred from its text (the ban “from June 18”; the chargé d’affaires summoned “On June 20”).',
  },
  {
    id: 'portnews-2022',
    short: 'PortNews 2022',
    role: 'deck',
    publisher: 'PortNews',
    title: 'EU allows Russia to transit some sanctioned goods by rail transport to its exclave via the EU',
    date: '2022-07-13',
    url: 'https://www.en.portnews.ru/news/332230/',
    note: 'Quotes the European Commission’s guidance of 13 July 2022: sanctioned goods may not transit by road with Russian operators; “No such similar prohibition exists for rail transport”, within “the historical averages of the last 3 years”.',
  },
  {
    id: 'herz-1950',
    short: 'Herz 1950',
    role: 'deck',
    publisher: 'World Politics',
    title: 'Idealist Internationalism and the Security Dilemma',
    authors: 'John H. Herz',
    date: '1950-01',
    url: 'https://www.cambridge.org/core/journals/world-politics/article/abs/idealist-internationalism-and-the-security-dilemma/7094783665386FD81A25DF98C7EEC223',
    citation: 'Vol. 2, no. 2, pp. 157–180 (JSTOR 2009187)',
    note: 'Names the “security dilemma”: striving for security, groups acquire more power, which “renders the others more insecure”.',
  },
  {
    id: 'jervis-1978',
    short: 'Jervis 1978',
    role: 'deck',
    publisher: 'World Politics',
    title: 'Cooperation under the Security Dilemma',
    authors: 'Robert Jervis',
    date: '1978-01',
    url: 'https://www.cambridge.org/core/journals/world-politics/article/cooperation-under-the-security-dilemma/C8907431CCEFEFE762BFCA32F091C526',
    citation: 'Vol. 30, no. 2, pp. 167–214 (JSTOR 2009958)',
    note: 'The security dilemma: “policies which increase one state’s security tend to decrease that of others”; it is eased when defence has the advantage and defensive postures differ from offensive ones.',
  },
  {
    id: 'waltz-1979',
    short: 'Waltz 1979',
    role: 'deck',
    publisher: 'Addison-Wesley',
    title: 'Theory of International Politics',
    authors: 'Kenneth N. Waltz',
    date: '1979',
    citation: 'Reading, Mass.',
    note: 'Neorealism (structural realism): anarchy, balancing. Publisher and place as cited in the scholarly references we read; Wikipedia’s infobox names McGraw-Hill instead.',
  },
  {
    id: 'mearsheimer-2001',
    short: 'Mearsheimer 2001',
    role: 'deck',
    publisher: 'W. W. Norton & Company',
    title: 'The Tragedy of Great Power Politics',
    authors: 'John J. Mearsheimer',
    date: '2001',
    url: 'https://books.google.com/books/about/The_Tragedy_of_Great_Power_Politics.html?id=sQcXRDD3w_IC',
    citation: 'New York',
    note: 'Offensive realism: anarchy drives great powers to seek power at one another’s expense.',
  },
  {
    id: 'waltz-1959',
    short: 'Waltz 1959',
    role: 'deck',
    publisher: 'Columbia University Press',
    title: 'Man, the State, and War: A Theoretical Analysis',
    authors: 'Kenneth N. Waltz',
    date: '1959',
    citation: 'New York',
    note: 'The three “images” (levels of analysis) of the causes of war: the individual, the state, the international system.',
  },
  {
    id: 'singer-1961',
    short: 'Singer 1961',
    role: 'deck',
    publisher: 'World Politics',
    title: 'The Level-of-Analysis Problem in International Relations',
    authors: 'J. David Singer',
    date: '1961-10',
    citation: 'Vol. 14, no. 1 (“The International System: Theoretical Essays”), pp. 77–92 (JSTOR 2009557)',
    note: 'The choice between the international system and the national state as the level of analysis.',
  },
] as const satisfies readonly Source[]

export type SourceId = (typeof sources)[number]['id']

/** The source with this id; throws, naming the id, if there is none. */
export const sourceById = byId<Source>(sources, 'source', 'data/sources.ts')

/** The short form for a slide's source line. */
export function shortCitation(id: string): string {
  return sourceById(id).short
}
