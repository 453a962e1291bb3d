// Phrase banks for generated sample returns, written for this project. Every organisation and
// person they make up is fictional; places are invented from the syllables below.

export const PLACE_STARTS = [
  'Ash',
  'Bram',
  'Cold',
  'Elm',
  'Fair',
  'Hazel',
  'Kings',
  'Lark',
  'Mill',
  'North',
  'Oak',
  'Pen',
  'Rose',
  'South',
  'Thorn',
  'West',
  'Willow',
  'Yew',
  'Brook',
  'Castle',
];
export const PLACE_ENDS = ['brook', 'field', 'ford', 'gate', 'ham', 'hill', 'lea', 'mere', 'stead', 'ton', 'wick', 'wood'];
export const PLACE_QUALIFIERS = ['', '', '', 'Lane', 'Road', 'Green', 'Park', 'Valley', 'Common', 'Quay'];

/** Kinds of organisation by sector id; sectors not listed use `other`. */
export const ORGANISATION_KINDS: Record<string, readonly string[]> = {
  statutory: ['Council Children’s Services', 'Youth Justice Service', 'Housing Service', 'Community Safety Team', 'Family Support Service', 'Leisure and Libraries Service'],
  health: ['Community Health Trust', 'Hospital Trust', 'GP Practice', 'Mental Health Trust', 'Dental Practice', 'Sexual Health Clinic'],
  police: ['Police District', 'Neighbourhood Policing Team', 'Public Protection Unit'],
  education: ['Primary School', 'Academy', 'Infant School', 'College', 'Secondary School', 'Special School', 'Pupil Referral Unit'],
  'early-years': ['Nursery', 'Pre-school', 'Children’s Centre', 'Day Nursery', 'Childminding Network'],
  voluntary: ['Youth Club', 'Family Project', 'Community Trust', 'Scout Group', 'Young Carers Project', 'Food Bank'],
  commissioned: ['Care Services', 'Supported Lodgings', 'Transport Contractors', 'Advocacy Service', 'Short Breaks Service'],
  faith: ['Church', 'Mosque', 'Gurdwara', 'Synagogue', 'Faith Centre', 'Chapel'],
  'sports-leisure': ['Football Club', 'Swimming Club', 'Dance School', 'Gymnastics Club', 'Cricket Club', 'Martial Arts Club'],
  other: ['Service', 'Trust', 'Project', 'Group'],
};

export const FIRST_NAMES = [
  'Alex',
  'Amira',
  'Ben',
  'Chloe',
  'Dev',
  'Eleni',
  'Farah',
  'Grace',
  'Hamza',
  'Isla',
  'Jordan',
  'Kai',
  'Leah',
  'Marcus',
  'Nia',
  'Owen',
  'Priya',
  'Rosa',
  'Sam',
  'Tomasz',
  'Uma',
  'Viktor',
  'Wren',
  'Yusuf',
  'Zoe',
];
export const LAST_NAMES = [
  'Adeyemi',
  'Bell',
  'Chen',
  'Davies',
  'Evans',
  'Fraser',
  'Gill',
  'Hughes',
  'Iqbal',
  'Jones',
  'Kowalski',
  'Lewis',
  'Morgan',
  'Nowak',
  'O’Brien',
  'Patel',
  'Quinn',
  'Rahman',
  'Shah',
  'Taylor',
  'Walsh',
  'Young',
];

/** Who answers or leads, by sector id; sectors not listed use `other`. */
export const ROLES: Record<string, readonly string[]> = {
  statutory: ['Head of Service', 'Safeguarding Manager', 'Assistant Director', 'Service Manager', 'Quality Assurance Lead'],
  health: ['Named Nurse for Safeguarding', 'Named Doctor', 'Head of Safeguarding', 'Practice Manager', 'Director of Nursing'],
  police: ['Detective Inspector', 'Chief Inspector', 'Safeguarding Sergeant', 'Head of Public Protection'],
  education: ['Headteacher', 'Designated Safeguarding Lead', 'Deputy Headteacher', 'Chair of Governors', 'School Business Manager'],
  'early-years': ['Nursery Manager', 'Designated Safeguarding Lead', 'Deputy Manager', 'Owner'],
  voluntary: ['Chair of Trustees', 'Project Manager', 'Safeguarding Lead', 'Volunteer Coordinator'],
  commissioned: ['Registered Manager', 'Operations Director', 'Contract Manager', 'Safeguarding Lead'],
  faith: ['Safeguarding Coordinator', 'Minister', 'Chair of the Management Committee', 'Youth Leader'],
  'sports-leisure': ['Club Welfare Officer', 'Head Coach', 'Club Secretary', 'Owner and Principal'],
  other: ['Manager', 'Safeguarding Lead', 'Director'],
};

export const FORUMS = ['the board', 'the senior leadership team', 'the safeguarding committee', 'the trustees', 'the management committee', 'our quality meeting'];
export const PERIODS = ['month', 'quarter', 'six months', 'year'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];
export const PARTNERS = [
  'the partnership’s business unit',
  'the local authority designated officer',
  'a neighbouring organisation',
  'our regional network',
  'the partnership’s training team',
];
export const STAFF = ['staff and volunteers', 'front-line staff', 'new starters', 'managers', 'everyone who works with children'];

/** What evidence sounds like at each tier of a scale: better than expected down to far below. */
export const EVIDENCE: Record<'above' | 'expected' | 'below' | 'far-below', readonly string[]> = {
  above: [
    'An independent review in {year} judged our work on {topic} consistently strong, and we shared what we learned with {partners}.',
    'We audited {n} cases this year and {highPct}% met our standard in full; what children and families told us shaped the changes we made.',
    'Staff at every level can explain how {topic} works in practice, and three years of our own data show it making a difference for children.',
    'Other organisations in the partnership have adopted our approach to {topic} after we presented it at a learning event.',
  ],
  expected: [
    'Our policy on {topic} was reviewed in {month} {year}, and {pct}% of {staff} have confirmed they have read it.',
    '{pct}% of {staff} are up to date with training on {topic}, and managers follow up anyone overdue every month.',
    'We audit a sample of {n} records a quarter against this standard and report the results to {forum}.',
    'Supervision records show that {topic} is discussed regularly, and staff told us in our survey that they know what to do.',
  ],
  below: [
    'Our policy on {topic} is in place, but our last audit found it is not applied the same way in every team.',
    'Training completion on {topic} is {lowPct}%, below our target of 90%, mostly among {staff}.',
    'We have started work on {topic}, but we cannot yet show the difference it makes for children.',
    'Arrangements for {topic} depend on a few experienced people, and cover when they are away is not yet reliable.',
  ],
  'far-below': [
    'We do not yet have a written procedure for {topic}, and staff told us they are unsure what to do.',
    'Our self-assessment found gaps in {topic} that we had not known about, and we have asked {partners} for advice.',
    'Records about {topic} are kept in different places, so we cannot show how well it works.',
  ],
};

/** Neutral context that fits any rating. */
export const CONTEXT = [
  '{lead} is accountable for {topic} and reports on it to {forum} every {period}.',
  'We last looked at {topic} in detail in {month} {year}, as part of our annual safeguarding report.',
  '{topic} is a standing item for {forum}.',
  'Our evidence folder for this standard holds the policy, the latest audit and the minutes where it was discussed.',
];

/** Actions for levels that need a plan. */
export const ACTIONS = [
  'Review our procedure for {topic} with front-line staff and publish the revised version.',
  'Train {staff} in {topic} and record who has completed it.',
  'Audit {n} records against this standard and report what we find to {forum}.',
  'Ask children and families how well {topic} works for them, and act on what they say.',
  'Name a deputy for {topic} so that arrangements do not depend on one person.',
  'Add {topic} to every supervision agenda and check it is discussed for three months running.',
];

export const NOT_APPLICABLE = [
  'This standard does not apply to us: we do not commission, contract or let any services to other organisations.',
  'We are a small group run entirely by volunteers with no paid staff, so this part of the standard does not apply.',
  'Our work does not involve this area; we confirmed this with the partnership’s business unit before submitting.',
];

export const EXPLANATIONS = [
  'We have rated ourselves cautiously because our evidence covers only part of the year.',
  'The rating reflects a recent change of lead; we expect to show more impact by the next audit.',
];

export const DESCRIPTIONS = [
  'We work with children and families across {place}, with {n} staff and volunteers.',
  'Our {kind} serves about {big} children and young people in {place}.',
  'We provide services for children and their families in {place} and nearby villages.',
];
