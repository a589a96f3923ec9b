export * from './domain';
export * from './auth';
export * from './problem';
export * from './health';
export * from './statistics';
export * from './modules';
export * from './lessons';
export * from './schedules';
