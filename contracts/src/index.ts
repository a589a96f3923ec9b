export * from './domain';
export * from './auth';
export * from './problem';
export * from './health';
export * from './statistics';
