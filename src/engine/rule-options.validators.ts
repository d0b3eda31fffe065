// Generated from each rule's options schema (rules/*.ts) by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
import runtime_equal from 'ajv/dist/runtime/equal.js';
import runtime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
"use strict";
export const accessReviewGuestsWeakSettings = validate10 as unknown as Validator;
const schema11 = {"type":"object","additionalProperties":false,"properties":{"maxDurationDays":{"type":"integer","minimum":1,"default":3},"maxIntervalDays":{"type":"integer","minimum":1,"default":31}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxDurationDays === undefined){
data.maxDurationDays = 3;
}
if(data.maxIntervalDays === undefined){
data.maxIntervalDays = 31;
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "maxDurationDays") || (key0 === "maxIntervalDays"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.maxDurationDays;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate10.errors = [{instancePath:instancePath+"/maxDurationDays",schemaPath:"#/properties/maxDurationDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate10.errors = [{instancePath:instancePath+"/maxDurationDays",schemaPath:"#/properties/maxDurationDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
let data1 = data.maxIntervalDays;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate10.errors = [{instancePath:instancePath+"/maxIntervalDays",schemaPath:"#/properties/maxIntervalDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
validate10.errors = [{instancePath:instancePath+"/maxIntervalDays",schemaPath:"#/properties/maxIntervalDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const caGuestLegacyAuthNotBlocked = validate11 as unknown as Validator;
const schema12 = {"type":"object","additionalProperties":false,"properties":{"guestTypes":{"type":"array","items":{"enum":["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","b2bDirectConnectUser","otherExternalUser","serviceProvider"]},"minItems":1,"uniqueItems":true,"default":["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","b2bDirectConnectUser","otherExternalUser","serviceProvider"]},"ignoredExclusions":{"type":"array","items":{"type":"string","minLength":1},"default":[]}}};
const func0 = (runtime_equal.default ?? runtime_equal);
const func3 = (runtime_ucs2length.default ?? runtime_ucs2length);

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.guestTypes === undefined){
data.guestTypes = ["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","b2bDirectConnectUser","otherExternalUser","serviceProvider"];
}
if(data.ignoredExclusions === undefined){
data.ignoredExclusions = [];
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "guestTypes") || (key0 === "ignoredExclusions"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.guestTypes;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate11.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!((((((data1 === "internalGuest") || (data1 === "b2bCollaborationGuest")) || (data1 === "b2bCollaborationMember")) || (data1 === "b2bDirectConnectUser")) || (data1 === "otherExternalUser")) || (data1 === "serviceProvider"))){
validate11.errors = [{instancePath:instancePath+"/guestTypes/" + i0,schemaPath:"#/properties/guestTypes/items/enum",keyword:"enum",params:{allowedValues: schema12.properties.guestTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
validate11.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
if(valid0){
let data2 = data.ignoredExclusions;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid3 = true;
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func3(data3) < 1){
validate11.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i2,schemaPath:"#/properties/ignoredExclusions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i2,schemaPath:"#/properties/ignoredExclusions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs7 === errors;
if(!valid3){
break;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/ignoredExclusions",schemaPath:"#/properties/ignoredExclusions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const caGuestMfaMissing = validate12 as unknown as Validator;
const schema13 = {"type":"object","additionalProperties":false,"properties":{"guestTypes":{"type":"array","items":{"enum":["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","b2bDirectConnectUser","otherExternalUser","serviceProvider"]},"minItems":1,"uniqueItems":true,"default":["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","b2bDirectConnectUser","otherExternalUser","serviceProvider"]},"ignoredExclusions":{"type":"array","items":{"type":"string","minLength":1},"default":[]}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.guestTypes === undefined){
data.guestTypes = ["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","b2bDirectConnectUser","otherExternalUser","serviceProvider"];
}
if(data.ignoredExclusions === undefined){
data.ignoredExclusions = [];
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "guestTypes") || (key0 === "ignoredExclusions"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.guestTypes;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate12.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!((((((data1 === "internalGuest") || (data1 === "b2bCollaborationGuest")) || (data1 === "b2bCollaborationMember")) || (data1 === "b2bDirectConnectUser")) || (data1 === "otherExternalUser")) || (data1 === "serviceProvider"))){
validate12.errors = [{instancePath:instancePath+"/guestTypes/" + i0,schemaPath:"#/properties/guestTypes/items/enum",keyword:"enum",params:{allowedValues: schema13.properties.guestTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
validate12.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
if(valid0){
let data2 = data.ignoredExclusions;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid3 = true;
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(func3(data3) < 1){
validate12.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i2,schemaPath:"#/properties/ignoredExclusions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i2,schemaPath:"#/properties/ignoredExclusions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs7 === errors;
if(!valid3){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/ignoredExclusions",schemaPath:"#/properties/ignoredExclusions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const caGuestPhishingResistantMfaMissing = validate13 as unknown as Validator;
const schema14 = {"type":"object","additionalProperties":false,"properties":{"expect":{"enum":["phishingResistant","any"],"default":"any"},"ignoredExclusions":{"type":"array","items":{"type":"string","minLength":1},"default":[]}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expect === undefined){
data.expect = "any";
}
if(data.ignoredExclusions === undefined){
data.ignoredExclusions = [];
}
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "expect") || (key0 === "ignoredExclusions"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.expect;
const _errs2 = errors;
if(!((data0 === "phishingResistant") || (data0 === "any"))){
validate13.errors = [{instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/enum",keyword:"enum",params:{allowedValues: schema14.properties.expect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
if(valid0){
let data1 = data.ignoredExclusions;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func3(data2) < 1){
validate13.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i0,schemaPath:"#/properties/ignoredExclusions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate13.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i0,schemaPath:"#/properties/ignoredExclusions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/ignoredExclusions",schemaPath:"#/properties/ignoredExclusions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

export const caGuestSignInFrequency = validate14 as unknown as Validator;
const schema15 = {"type":"object","additionalProperties":false,"properties":{"maxHours":{"type":"integer","minimum":1,"maximum":8760,"default":24},"guestTypes":{"type":"array","items":{"enum":["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","otherExternalUser","serviceProvider"]},"minItems":1,"uniqueItems":true,"default":["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","otherExternalUser","serviceProvider"]},"ignoredExclusions":{"type":"array","items":{"type":"string","minLength":1},"default":[]}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxHours === undefined){
data.maxHours = 24;
}
if(data.guestTypes === undefined){
data.guestTypes = ["internalGuest","b2bCollaborationGuest","b2bCollaborationMember","otherExternalUser","serviceProvider"];
}
if(data.ignoredExclusions === undefined){
data.ignoredExclusions = [];
}
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "maxHours") || (key0 === "guestTypes")) || (key0 === "ignoredExclusions"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.maxHours;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate14.errors = [{instancePath:instancePath+"/maxHours",schemaPath:"#/properties/maxHours/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 8760 || isNaN(data0)){
validate14.errors = [{instancePath:instancePath+"/maxHours",schemaPath:"#/properties/maxHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate14.errors = [{instancePath:instancePath+"/maxHours",schemaPath:"#/properties/maxHours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
if(valid0){
let data1 = data.guestTypes;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length < 1){
validate14.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(!(((((data2 === "internalGuest") || (data2 === "b2bCollaborationGuest")) || (data2 === "b2bCollaborationMember")) || (data2 === "otherExternalUser")) || (data2 === "serviceProvider"))){
validate14.errors = [{instancePath:instancePath+"/guestTypes/" + i0,schemaPath:"#/properties/guestTypes/items/enum",keyword:"enum",params:{allowedValues: schema15.properties.guestTypes.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
validate14.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/guestTypes",schemaPath:"#/properties/guestTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
if(valid0){
let data3 = data.ignoredExclusions;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func3(data4) < 1){
validate14.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i2,schemaPath:"#/properties/ignoredExclusions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/ignoredExclusions/" + i2,schemaPath:"#/properties/ignoredExclusions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/ignoredExclusions",schemaPath:"#/properties/ignoredExclusions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const connectorCertificateExpiring = validate15 as unknown as Validator;
const schema16 = {"type":"object","additionalProperties":false,"properties":{"certWarnDays":{"type":"integer","minimum":1,"maximum":365,"default":30}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.certWarnDays === undefined){
data.certWarnDays = 30;
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "certWarnDays")){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.certWarnDays;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate15.errors = [{instancePath:instancePath+"/certWarnDays",schemaPath:"#/properties/certWarnDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 365 || isNaN(data0)){
validate15.errors = [{instancePath:instancePath+"/certWarnDays",schemaPath:"#/properties/certWarnDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate15.errors = [{instancePath:instancePath+"/certWarnDays",schemaPath:"#/properties/certWarnDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const emailOtpDirection = validate16 as unknown as Validator;
const schema17 = {"type":"object","additionalProperties":false,"properties":{"expect":{"enum":["disabled","enabled","any"],"default":"disabled"}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expect === undefined){
data.expect = "disabled";
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "expect")){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.expect;
if(!(((data0 === "disabled") || (data0 === "enabled")) || (data0 === "any"))){
validate16.errors = [{instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/enum",keyword:"enum",params:{allowedValues: schema17.properties.expect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const federationSigningCertExpiring = validate17 as unknown as Validator;
const schema18 = {"type":"object","additionalProperties":false,"properties":{"certWarnDays":{"type":"integer","minimum":1,"maximum":365,"default":30}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.certWarnDays === undefined){
data.certWarnDays = 30;
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "certWarnDays")){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.certWarnDays;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate17.errors = [{instancePath:instancePath+"/certWarnDays",schemaPath:"#/properties/certWarnDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 365 || isNaN(data0)){
validate17.errors = [{instancePath:instancePath+"/certWarnDays",schemaPath:"#/properties/certWarnDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate17.errors = [{instancePath:instancePath+"/certWarnDays",schemaPath:"#/properties/certWarnDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const guestDirectoryAccessNotRestricted = validate18 as unknown as Validator;
const schema19 = {"type":"object","additionalProperties":false,"properties":{"acceptLimited":{"type":"boolean","default":true}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.acceptLimited === undefined){
data.acceptLimited = true;
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "acceptLimited")){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(typeof data.acceptLimited !== "boolean"){
validate18.errors = [{instancePath:instancePath+"/acceptLimited",schemaPath:"#/properties/acceptLimited/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const guestGroupContentAccess = validate19 as unknown as Validator;
const schema20 = {"type":"object","additionalProperties":false,"properties":{"expect":{"enum":["allowed","blocked","any"],"default":"allowed"}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expect === undefined){
data.expect = "allowed";
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "expect")){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.expect;
if(!(((data0 === "allowed") || (data0 === "blocked")) || (data0 === "any"))){
validate19.errors = [{instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/enum",keyword:"enum",params:{allowedValues: schema20.properties.expect.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const guestIdentityProviderNotAllowed = validate20 as unknown as Validator;
const schema21 = {"type":"object","additionalProperties":false,"properties":{"disallowed":{"type":"array","items":{"enum":["entraId","microsoftAccount","emailOneTimePasscode","google","facebook","samlWsFed"]},"uniqueItems":true,"default":[]}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.disallowed === undefined){
data.disallowed = [];
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "disallowed")){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.disallowed;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!((((((data1 === "entraId") || (data1 === "microsoftAccount")) || (data1 === "emailOneTimePasscode")) || (data1 === "google")) || (data1 === "facebook")) || (data1 === "samlWsFed"))){
validate20.errors = [{instancePath:instancePath+"/disallowed/" + i0,schemaPath:"#/properties/disallowed/items/enum",keyword:"enum",params:{allowedValues: schema21.properties.disallowed.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
validate20.errors = [{instancePath:instancePath+"/disallowed",schemaPath:"#/properties/disallowed/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/disallowed",schemaPath:"#/properties/disallowed/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const guestInvitationPending = validate21 as unknown as Validator;
const schema22 = {"type":"object","additionalProperties":false,"properties":{"pendingDays":{"type":"integer","minimum":1,"maximum":3650,"default":30}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pendingDays === undefined){
data.pendingDays = 30;
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "pendingDays")){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.pendingDays;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate21.errors = [{instancePath:instancePath+"/pendingDays",schemaPath:"#/properties/pendingDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 3650 || isNaN(data0)){
validate21.errors = [{instancePath:instancePath+"/pendingDays",schemaPath:"#/properties/pendingDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650"}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate21.errors = [{instancePath:instancePath+"/pendingDays",schemaPath:"#/properties/pendingDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const guestStale = validate22 as unknown as Validator;
const schema23 = {"type":"object","additionalProperties":false,"properties":{"staleDays":{"type":"integer","minimum":1,"default":90}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.staleDays === undefined){
data.staleDays = 90;
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "staleDays")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.staleDays;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate22.errors = [{instancePath:instancePath+"/staleDays",schemaPath:"#/properties/staleDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate22.errors = [{instancePath:instancePath+"/staleDays",schemaPath:"#/properties/staleDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const inviteAllowedFromEveryone = validate23 as unknown as Validator;
const schema24 = {"type":"object","additionalProperties":false,"properties":{"accepted":{"type":"array","items":{"enum":["none","adminsAndGuestInviters","adminsGuestInvitersAndAllMembers","everyone"]},"minItems":1,"uniqueItems":true,"default":["adminsAndGuestInviters","none"]}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accepted === undefined){
data.accepted = ["adminsAndGuestInviters","none"];
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "accepted")){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.accepted;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate23.errors = [{instancePath:instancePath+"/accepted",schemaPath:"#/properties/accepted/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!((((data1 === "none") || (data1 === "adminsAndGuestInviters")) || (data1 === "adminsGuestInvitersAndAllMembers")) || (data1 === "everyone"))){
validate23.errors = [{instancePath:instancePath+"/accepted/" + i0,schemaPath:"#/properties/accepted/items/enum",keyword:"enum",params:{allowedValues: schema24.properties.accepted.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
validate23.errors = [{instancePath:instancePath+"/accepted",schemaPath:"#/properties/accepted/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/accepted",schemaPath:"#/properties/accepted/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const inviteDomainAllowlistMissing = validate24 as unknown as Validator;
const schema25 = {"type":"object","additionalProperties":false,"properties":{"acceptBlockList":{"type":"boolean","default":false}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.acceptBlockList === undefined){
data.acceptBlockList = false;
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "acceptBlockList")){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(typeof data.acceptBlockList !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/acceptBlockList",schemaPath:"#/properties/acceptBlockList/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

export const sharepointExternalSharingLevel = validate25 as unknown as Validator;
const schema26 = {"type":"object","additionalProperties":false,"properties":{"maxLevel":{"enum":["disabled","existingExternalUserSharingOnly","externalUserSharingOnly","externalUserAndGuestSharing"],"default":"externalUserSharingOnly"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxLevel === undefined){
data.maxLevel = "externalUserSharingOnly";
}
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "maxLevel")){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
let data0 = data.maxLevel;
if(!((((data0 === "disabled") || (data0 === "existingExternalUserSharingOnly")) || (data0 === "externalUserSharingOnly")) || (data0 === "externalUserAndGuestSharing"))){
validate25.errors = [{instancePath:instancePath+"/maxLevel",schemaPath:"#/properties/maxLevel/enum",keyword:"enum",params:{allowedValues: schema26.properties.maxLevel.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}


/** Each rule's options validator by rule id, with the options schema it was generated from. */
export const byRuleId: Record<string, { schema: string; validate: Validator } | undefined> = {
  "access-review-guests-weak-settings": { schema: "{\"properties\":{\"maxDurationDays\":{\"type\":\"integer\",\"minimum\":1,\"default\":3},\"maxIntervalDays\":{\"type\":\"integer\",\"minimum\":1,\"default\":31}}}", validate: accessReviewGuestsWeakSettings },
  "ca-guest-legacy-auth-not-blocked": { schema: "{\"properties\":{\"guestTypes\":{\"type\":\"array\",\"items\":{\"enum\":[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\",\"b2bDirectConnectUser\",\"otherExternalUser\",\"serviceProvider\"]},\"minItems\":1,\"uniqueItems\":true,\"default\":[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\",\"b2bDirectConnectUser\",\"otherExternalUser\",\"serviceProvider\"]},\"ignoredExclusions\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"default\":[]}}}", validate: caGuestLegacyAuthNotBlocked },
  "ca-guest-mfa-missing": { schema: "{\"properties\":{\"guestTypes\":{\"type\":\"array\",\"items\":{\"enum\":[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\",\"b2bDirectConnectUser\",\"otherExternalUser\",\"serviceProvider\"]},\"minItems\":1,\"uniqueItems\":true,\"default\":[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\",\"b2bDirectConnectUser\",\"otherExternalUser\",\"serviceProvider\"]},\"ignoredExclusions\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"default\":[]}}}", validate: caGuestMfaMissing },
  "ca-guest-phishing-resistant-mfa-missing": { schema: "{\"properties\":{\"expect\":{\"enum\":[\"phishingResistant\",\"any\"],\"default\":\"any\"},\"ignoredExclusions\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"default\":[]}}}", validate: caGuestPhishingResistantMfaMissing },
  "ca-guest-sign-in-frequency": { schema: "{\"properties\":{\"maxHours\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":8760,\"default\":24},\"guestTypes\":{\"type\":\"array\",\"items\":{\"enum\":[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\",\"otherExternalUser\",\"serviceProvider\"]},\"minItems\":1,\"uniqueItems\":true,\"default\":[\"internalGuest\",\"b2bCollaborationGuest\",\"b2bCollaborationMember\",\"otherExternalUser\",\"serviceProvider\"]},\"ignoredExclusions\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"default\":[]}}}", validate: caGuestSignInFrequency },
  "connector-certificate-expiring": { schema: "{\"properties\":{\"certWarnDays\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":365,\"default\":30}}}", validate: connectorCertificateExpiring },
  "email-otp-direction": { schema: "{\"properties\":{\"expect\":{\"enum\":[\"disabled\",\"enabled\",\"any\"],\"default\":\"disabled\"}}}", validate: emailOtpDirection },
  "federation-signing-cert-expiring": { schema: "{\"properties\":{\"certWarnDays\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":365,\"default\":30}}}", validate: federationSigningCertExpiring },
  "guest-directory-access-not-restricted": { schema: "{\"properties\":{\"acceptLimited\":{\"type\":\"boolean\",\"default\":true}}}", validate: guestDirectoryAccessNotRestricted },
  "guest-group-content-access": { schema: "{\"properties\":{\"expect\":{\"enum\":[\"allowed\",\"blocked\",\"any\"],\"default\":\"allowed\"}}}", validate: guestGroupContentAccess },
  "guest-identity-provider-not-allowed": { schema: "{\"properties\":{\"disallowed\":{\"type\":\"array\",\"items\":{\"enum\":[\"entraId\",\"microsoftAccount\",\"emailOneTimePasscode\",\"google\",\"facebook\",\"samlWsFed\"]},\"uniqueItems\":true,\"default\":[]}}}", validate: guestIdentityProviderNotAllowed },
  "guest-invitation-pending": { schema: "{\"properties\":{\"pendingDays\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":3650,\"default\":30}}}", validate: guestInvitationPending },
  "guest-stale": { schema: "{\"properties\":{\"staleDays\":{\"type\":\"integer\",\"minimum\":1,\"default\":90}}}", validate: guestStale },
  "invite-allowed-from-everyone": { schema: "{\"properties\":{\"accepted\":{\"type\":\"array\",\"items\":{\"enum\":[\"none\",\"adminsAndGuestInviters\",\"adminsGuestInvitersAndAllMembers\",\"everyone\"]},\"minItems\":1,\"uniqueItems\":true,\"default\":[\"adminsAndGuestInviters\",\"none\"]}}}", validate: inviteAllowedFromEveryone },
  "invite-domain-allowlist-missing": { schema: "{\"properties\":{\"acceptBlockList\":{\"type\":\"boolean\",\"default\":false}}}", validate: inviteDomainAllowlistMissing },
  "sharepoint-external-sharing-level": { schema: "{\"properties\":{\"maxLevel\":{\"enum\":[\"disabled\",\"existingExternalUserSharingOnly\",\"externalUserSharingOnly\",\"externalUserAndGuestSharing\"],\"default\":\"externalUserSharingOnly\"}}}", validate: sharepointExternalSharingLevel },
};
