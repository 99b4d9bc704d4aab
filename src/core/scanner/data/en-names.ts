// Common given names (US SSA top names of recent decades plus frequent European ones), for the
// English name detector. A listed name that is also an everyday word (Will, May, Mark) counts
// only when a capitalised surname follows it.
const FIRST_NAMES =
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Donald Steven Paul Andrew Joshua Kenneth ' +
  'Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel ' +
  'Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy ' +
  'Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie ' +
  'Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Liam Oliver Lucas Luca Leo Hugo Felix Oscar Max Theo ' +
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle ' +
  'Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen ' +
  'Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren ' +
  'Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail ' +
  'Alice Judy Sophia Denise Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Ava Mia Chloe ' +
  'Ella Zoe Lily Lucy Sofia Camila Valentina Isabel Elena Clara Julia Laura Paula Marta Lena Lea Nina Eva Ida Ingrid Astrid Sigrid Freya Maja ' +
  'Hans Jens Lars Anders Nils Erik Johan Karl Sven Ole Bjorn Jan Piet Dirk Pieter Willem Johannes Stefan Thomas Tobias Lukas Jonas Felipe Carlos ' +
  'Luis Miguel Pedro Pablo Javier Diego Alejandro Manuel Francisco Antonio Mario Marco Giovanni Giuseppe Francesco Alessandro Matteo Lorenzo ' +
  'Pierre Jean Louis Michel Philippe Nicolas Antoine Julien Francois Mathieu Ahmed Mohammed Mohamed Ali Omar Hassan Yusuf Ivan Dmitri Sergei ' +
  'Andrei Alexei Vladimir Olga Natalia Irina Svetlana Tatiana Anastasia Ekaterina Piotr Pawel Krzysztof Tomasz Marek Katarzyna Agnieszka ' +
  'Magdalena Joanna Aleksandra Ewa Zofia Sanne Femke Anouk Emil Elias Mette Kristin Kirsten Karin Birgit Monika Sabine Petra Ursula Heike ' +
  'Wei Ming Hui Jun Yan Hao Kenji Hiroshi Yuki Takashi Akira Sakura Haruto Min Ji Seo Hyun Raj Rahul Priya Anil Sunil Amit Deepak Arjun ' +
  'Lisa Ruth Stella Lara Silvia Selma Vivian Rosa Leticia Janina Asuka Samira Layla Julieta Vanessa Nunzia Polona Donka Bozena Milena Magda ' +
  'Uta Tom Tim Ben Sam Dan Ken Jim Bob Fred Ted Ron Don Greg Jeff Steve Mike Chris Nick Matt Tony Andy Alex Josh Jake Luke Zach Nate Sean ' +
  'Kate Katie Jenny Jess Beth Meg Sue Pam Jan Kim Amber Crystal Tiffany Erin Kristen Allison Megan Molly Holly Paige Morgan Brooke Sydney ' +
  'Caroline Jasmine Gabriella Gabrielle Naomi Leah Audrey Claire Alyssa Savannah Aubrey Riley Violet Aurora Hazel Scarlett Penelope Nora Eleanor ' +
  'Aaliyah Abdul Adrian Ahmad Aisha Alberto Alejandra Aleksander Alfredo Alina Amelia Ana Andreas Angelika Anja Anke Annika Antonia Arne Beatriz Bernd ' +
  'Bianca Birgitta Bogdan Bruno Camille Carla Carmen Cecilia Cesar Chiara Christoph Claudia Cristina Daniela Dario Dominik Eduardo Elif Elisa Elsa Emilia ' +
  'Enrique Erika Ernesto Esther Fabian Fatima Federico Fernanda Fernando Filip Florian Francesca Franziska Frida Gerhard Gianluca Giorgia Giulia Gonzalo ' +
  'Greta Guillermo Gustavo Hannes Hector Heidi Helena Henrik Igor Ines Irene Isabelle Ivana Jakob Jana Jesper Joaquin Johanna Jorge Josef Julian Jurgen ' +
  'Kai Kamila Karolina Katarina Klaus Leon Leonie Lina Lorena Lotte Luana Lucia Ludwig Luisa Magnus Malte Manon Marcel Marcin Margit Mariana Marina ' +
  'Marius Mateo Mathias Matilda Mattias Maximilian Mehmet Mikkel Milan Mila Miriam Monica Nadia Natasha Nikolai Niklas Noemi Paulina Pia Rafael Raquel ' +
  'Renata Ricardo Rita Roberto Rodrigo Ruben Sabrina Salma Sandra Santiago Sebastian Selin Sergio Simone Sofie Sonja Stefanie Susanne Tamara Thiago ' +
  'Ulrike Valeria Vera Veronica Victor Viktor Vincent Wiebke Xavier Yara Yasmin Zeynep Zoran Caitlyn Moira Manuela Marisa Vilma Abbas Martim Miki Darren';

const AMBIGUOUS =
  'Will May Mark Bill Grace Hope Joy Rose Art Chase Faith June April Summer Dawn Rich Guy Pat Sue Jack Frank Ray Drew Gene Max Don Jan Kim Ben Bob Tom Sam Dan Ken Jim Ted Ron Rob Sky Iris Lily Ruby Pearl Crystal Amber Holly Ivy Jade Destiny Angel Miles Hunter Wade Lane Dean Earl Glen Jean Joy';

/** Given names, as written (first letter upper case). */
export const EN_FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAMES.split(' '));

/** Given names that are also common English words. */
export const EN_AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(AMBIGUOUS.split(' '));

/** Words that end organisation names, never a surname ("Morgan Stanley" aside). */
export const EN_ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  'Inc Ltd Llc Corp Corporation Company Co Group Holdings Investments Partners Bank Capital Associates Sons Brothers Industries International Solutions Systems Services Stanley Sachs Fargo'.split(
    ' ',
  ),
);

/** Titles before a surname ("Ms. Roefs"). */
export const EN_TITLES: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Madam', 'Dame', 'Lady', 'Lord']);

/**
 * Street types after a street name ("Main Street", "Walter Road"), USPS Publication 28 C1
 * primary names and common abbreviations.
 */
export const EN_STREET_TYPES: ReadonlySet<string> = new Set(
  (
    'Street St Avenue Ave Av Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Way Terrace Ter Circle Cir Parkway Pkwy Highway Hwy Square Sq ' +
    'Squares Trail Trl Crescent Close Alley Row Path Pike Plaza Loop Walk Gardens Grove Heights Ridge Route Expressway Freeway Turnpike Junction ' +
    'Rapids Flat Flats Radial Estates Ferry Ford Fork Haven Landing Manor Meadow Meadows Mill Mills Mount Orchard Pass Pines Port Prairie Ranch ' +
    'Shoal Shoals Shore Shores Spring Springs Station Stream Summit Trace Track Valley View Village Vista Wells Crossing Causeway Quay Wharf ' +
    'Mews Hill Park Green Gate Rise Hollow Common Commons Point Cove Creek Bend Brook Glen Knoll Run Crest'
  ).split(' '),
);

/** Street-type words placed before the name in Romance languages ("Rua Diadema 1903"). Shapes are 3-9 letters. */
export const STREET_PREFIXES: ReadonlySet<string> = new Set([
  'Rua',
  'Rue',
  'Via',
  'Viale',
  'Calle',
  'Avenida',
  'Avenue',
  'Piazza',
  'Plaza',
  'Strada',
  'Carrer',
  'Travessa',
  'Largo',
  'Praça',
  'Boulevard',
  'Chemin',
  'Allée',
  'Quai',
  'Ulica',
  'Trg',
]);

/** Endings of one-word street names in Germanic, Nordic and Slavic languages ("Feldstrasse 42"). */
const STREET_SUFFIXES: readonly string[] = Object.freeze([
  'strasse',
  'straße',
  'str.',
  'weg',
  'gasse',
  'allee',
  'platz',
  'ring',
  'damm',
  'ufer',
  'gata',
  'gatan',
  'vej',
  'vegen',
  'veien',
  'vägen',
  'väg',
  'laan',
  'straat',
  'plein',
  'gracht',
  'katu',
  'tie',
  'utca',
  'ulica',
  'cesta',
  'gade',
  'stræde',
  'torget',
  'tori',
  'iela',
  'gatve',
]);

/** A word ending like a street name, case-insensitive (one regular expression: fast on short words). */
export const STREET_SUFFIX_PATTERN: RegExp = new RegExp(`(?:${STREET_SUFFIXES.map((s) => s.replace('.', '\\.')).join('|')})$`, 'i');
