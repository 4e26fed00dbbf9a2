export * from './app';
export * from './clients';
export * from './common';
export * from './contract';
export * from './errors';
export * from './notes';
export * from './trash';
