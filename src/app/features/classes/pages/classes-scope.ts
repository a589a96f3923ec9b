/** Route data `scope`: the whole school's classes, or only the classes the user mentors. */
export type ClassesScope = 'school' | 'own';
