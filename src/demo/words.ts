/** The raw material of the demo data set: names, places and the words of the trade. */
export const firstNames = [
  'Ada', 'Grace', 'José', 'Zoë', 'Amara', 'Liam', 'Noah', 'Mia', 'Sofía', 'Chloé', 'Mateo', 'Aarav', 'Priya',
  'Yuki', 'Hana', 'Olu', 'Chidi', 'Ingrid', 'Lars', 'Björn', 'Fatima', 'Omar', 'Leila', 'Ravi', 'Mei', 'Wei',
  'Tomás', 'Lucía', 'Élodie', 'François', 'Agnieszka', 'Piotr', 'Dana', 'Sam', 'Alex', 'Jordan', 'Kai', 'Noor',
  'Ines', 'Rui', 'Sven', 'Astrid', 'Kwame', 'Ama', 'Diego', 'Valentina', 'Hugo', 'Emma', 'Oscar', 'Nina',
];
export const lastNames = [
  'Lovelace', 'Hopper', 'Álvarez', 'Müller', 'Okafor', 'Smith', 'García', 'Nguyen', 'Kowalski', 'Johansson',
  'Dubois', 'Rossi', 'Tanaka', 'Kim', 'Patel', 'Singh', 'Haddad', 'Mensah', 'Silva', 'Novak', 'Jensen', 'Bianchi',
  'Fernández', 'Schmidt', 'Brown', 'Wilson', 'Chen', 'Wang', 'Ivanova', 'Costa', 'Moreau', 'Lindqvist', 'Byrne',
  'Murphy', 'Walsh', 'Åkesson', 'Nowak', 'Horvath', 'Papadopoulos', 'Yilmaz',
];
export const cities = [
  'London', 'Berlin', 'Amsterdam', 'Rotterdam', 'Paris', 'Madrid', 'Lisbon', 'Dublin', 'Stockholm', 'Copenhagen',
  'Warsaw', 'Prague', 'Vienna', 'Zürich', 'Milan', 'Barcelona', 'Munich', 'Manchester', 'Oslo', 'Helsinki',
];
/** Where each city is (ISO 3166), so a demo client's new jobs start in its currency. */
export const cityCountries: Record<string, string> = {
  London: 'GB', Berlin: 'DE', Amsterdam: 'NL', Rotterdam: 'NL', Paris: 'FR', Madrid: 'ES', Lisbon: 'PT', Dublin: 'IE',
  Stockholm: 'SE', Copenhagen: 'DK', Warsaw: 'PL', Prague: 'CZ', Vienna: 'AT', Zürich: 'CH', Milan: 'IT',
  Barcelona: 'ES', Munich: 'DE', Manchester: 'GB', Oslo: 'NO', Helsinki: 'FI',
};
export const titles = [
  'Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Data Engineer', 'Data Scientist',
  'Product Manager', 'Engineering Manager', 'DevOps Engineer', 'Site Reliability Engineer', 'Frontend Developer',
  'Backend Developer', 'QA Engineer', 'UX Designer', 'Security Engineer', 'Solutions Architect', 'Warehouse Lead',
  'Financial Analyst', 'Account Manager', 'HR Business Partner', 'Operations Manager',
];
export const skills = [
  'Rust', 'Go', 'TypeScript', 'React', 'Python', 'Kotlin', 'Java', 'PostgreSQL', 'Kafka', 'Kubernetes', 'AWS',
  'Terraform', 'GraphQL', 'Spark', 'dbt', 'Figma', 'Swift', 'C#', '.NET', 'Elixir', 'Scala', 'SQL', 'Excel',
  'SAP', 'Salesforce', 'Forklift licence', 'Lean', 'Six Sigma', 'IFRS', 'Negotiation',
];
export const companies = [
  'Northwind Logistics', 'Globex', 'Initech', 'Umbrella Health', 'Hooli', 'Cyberdyne Systems', 'Soylent Foods',
  'Stark Industries', 'Wayne Enterprises', 'Acme Robotics', 'Wonka Industries', 'Tyrell Corp', 'Aperture Labs',
  'Vandelay Imports', 'Bluth Company', 'Massive Dynamic', 'Gringotts Bank', 'Oceanic Airlines', 'Dunder Mifflin',
  'Pied Piper', 'Monarch Analytics', 'Fjord Bank', 'Evergreen Energy', 'Cobalt Analytics', 'Delta Freight',
];
export const industries = ['Software', 'Logistics', 'Healthcare', 'Finance', 'Energy', 'Retail', 'Manufacturing'];
export const sources = ['LinkedIn', 'Referral', 'Job board', 'Event', 'Agency database', 'Inbound'];
export const reasons = [
  'Wants to lead a team', 'Looking for a shorter commute', 'Company is restructuring', 'Wants remote work',
  'Seeking a bigger scope', 'Underpaid for the market', 'Wants to work with newer technology',
];
export const concerns = ['Salary expectations', 'Notice period', 'Limited leadership experience', 'Domain knowledge'];
