import { describe, expect, it } from 'vitest';
import { filterDeployments } from '../../src/components/deployments-list/deployments-search';
import { nextOptionIndex } from '../../src/components/deployments-list/list-navigation';

const at = new Date('2025-03-01T00:00:00Z');
const deployments = [
  { uuid: '6f1c2e4a-0001', name: 'Loan approval', createdAt: at },
  { uuid: '9b7d0c11-0002', name: 'House prices', createdAt: at },
  { uuid: '2a3e9f55-0003', name: 'Prévision des ventes', createdAt: at },
  { uuid: 'c0ffee00-0004', name: 'Churn forecast (EU)', createdAt: at },
];
const names = (query: string) => filterDeployments(deployments, query).map((d) => d.name);

describe('deployments search', () => {
  it('keeps every deployment, in order, for an empty query', () => {
    expect(filterDeployments(deployments, '')).toBe(deployments);
    expect(filterDeployments(deployments, '   ')).toBe(deployments);
  });

  it('matches names in any case', () => {
    expect(names('LOAN')).toEqual(['Loan approval']);
    expect(names('prices')).toEqual(['House prices']);
  });

  it('needs every word, in any order', () => {
    expect(names('forecast churn')).toEqual(['Churn forecast (EU)']);
    expect(names('churn loan')).toEqual([]);
  });

  it('ignores accents on either side', () => {
    expect(names('prevision')).toEqual(['Prévision des ventes']);
    expect(names('PRÉVI')).toEqual(['Prévision des ventes']);
  });

  it('finds a deployment by the start of its UUID', () => {
    expect(names('c0ffee')).toEqual(['Churn forecast (EU)']);
    expect(names('0004')).toEqual([]);
  });

  it('treats punctuation as text, not as a pattern', () => {
    expect(names('(eu)')).toEqual(['Churn forecast (EU)']);
    expect(names('.*')).toEqual([]);
  });
});

describe('list keys', () => {
  it('moves down and up, wrapping around', () => {
    expect(nextOptionIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextOptionIndex('ArrowDown', 2, 3)).toBe(0);
    expect(nextOptionIndex('ArrowUp', 0, 3)).toBe(2);
    expect(nextOptionIndex('ArrowUp', 2, 3)).toBe(1);
  });

  it('jumps to the ends', () => {
    expect(nextOptionIndex('Home', 2, 3)).toBe(0);
    expect(nextOptionIndex('End', 0, 3)).toBe(2);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextOptionIndex('Enter', 1, 3)).toBeNull();
    expect(nextOptionIndex('ArrowRight', 1, 3)).toBeNull();
    expect(nextOptionIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
