export * from './grid';
export * from './catalog';
export * from './report';
export * from './measure';
export * from './match';
export * from './issue';
export * from './summary';
export * from './sheet-spec';
