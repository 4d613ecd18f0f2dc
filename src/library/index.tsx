// Library page entry (built out in issue 6).
document.getElementById('root')!.textContent = 'Counterpoint library';
