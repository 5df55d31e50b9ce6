import '../styles.css';

export * from './shared';
