/** First names common among Dutch teenagers today (CBS/SVB name lists, mixed backgrounds). */
export const FIRST_NAMES = [
  'Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Sem', 'Tess', 'Finn', 'Noah', 'Mila', 'Lotte', 'Levi', 'Saar', 'Milan',
  'Zoë', 'Bram', 'Eva', 'Jesse', 'Lisa', 'Thijs', 'Fleur', 'Luuk', 'Anna', 'Ruben', 'Roos', 'Thomas', 'Isa', 'Jayden',
  'Femke', 'Mohammed', 'Yara', 'Ayoub', 'Noor', 'Sven', 'Lieke', 'Stijn', 'Fenna', 'Gijs', 'Amira', 'Tim', 'Sophie',
  'Max', 'Nina', 'Jens', 'Liv', 'Hugo', 'Maud', 'Daniël', 'Elif', 'Mats', 'Jasmijn', 'Sam', 'Vera', 'Niels', 'Lara',
  'Olivier', 'Esmee', 'Rayan', 'Iris', 'Bas', 'Floor', 'Koen', 'Sara', 'Ryan', 'Demi', 'Wouter', 'Hanna', 'Youssef',
  'Evi', 'Kevin', 'Nora', 'Mees', 'Anouk', 'Tygo', 'Lynn', 'Dex', 'Amber', 'Joep', 'Merel', 'Owen', 'Senna', 'Boaz',
  'Jade', 'Teun', 'Ilse', 'Cas', 'Naomi', 'Quinten', 'Dewi', 'Rick', 'Kim', 'Siem', 'Yasmin', 'Lars', 'Elin', 'Julian',
  'Maryam', 'Pim', 'Selin', 'Hidde',
] as const;

/** Surname initials, weighted roughly like Dutch surnames (many B, D, J, K, M, S, V, W). */
export const LAST_INITIALS = 'BBBDDDJJKKKMMMSSSVVVVWWWHHPPGGRRLLTACEFNOYZ';
