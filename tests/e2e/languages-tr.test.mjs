// Every client can read it: Turkish, chosen, reloaded, unlocked and every screen shown in it
// at 360 px (see languages.mjs).
import { everyScreen } from './languages.mjs';

everyScreen('tr');
